package org.readerfirst.history;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who the writer is, to tell the messages they sent from those they received: messages.csv names the
 * sender of every message but not whose export it is. Taken, most telling first, from:
 * <ol>
 * <li>Invitations.csv: the inviter of an OUTGOING invitation and the invitee of an INCOMING one is the
 * writer, with their profile address (exports since about 2023 have it) and name;</li>
 * <li>Profile.csv: the writer's first and last name;</li>
 * <li>messages.csv itself: the sender address most used under the writer's name, or, when no name is
 * known, the one person in more conversations than anyone else (the writer is in all of them).</li>
 * </ol>
 * A message is the writer's when its sender's address is the writer's; one without an address (older
 * exports, LinkedIn's own notices) when the sender's name is the writer's.
 */
final class WriterIdentity {

    private static final Pattern URL_LIST = Pattern.compile("[\\s,;]+");

    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> urls = new LinkedHashSet<>();
    private String shownName = "";
    private String shownUrl = "";

    private WriterIdentity() {
    }

    static WriterIdentity find(Optional<CsvTable> profile, Optional<CsvTable> invitations, Optional<CsvTable> messages) {
        WriterIdentity writer = new WriterIdentity();
        invitations.ifPresent(writer::fromInvitations);
        profile.ifPresent(writer::fromProfile);
        messages.ifPresent(writer::fromMessages);
        return writer;
    }

    boolean isKnown() {
        return !names.isEmpty() || !urls.isEmpty();
    }

    /** "Name, address", either alone when only one is known, or "" when neither is. */
    String shown() {
        return shownName.isEmpty() || shownUrl.isEmpty() ? shownName + shownUrl : shownName + ", " + shownUrl;
    }

    /** Whether a message with this sender's name and address is the writer's. */
    boolean sent(String from, String senderUrl) {
        if (!senderUrl.isBlank() && !urls.isEmpty()) {
            return urls.contains(url(senderUrl));
        }
        return names.contains(name(from));
    }

    private void fromInvitations(CsvTable table) {
        Map<String, Integer> nameVotes = new HashMap<>();
        Map<String, Integer> urlVotes = new HashMap<>();
        for (CsvTable.Row row : table) {
            String direction = table.value(row, Columns.INVITATION_DIRECTION);
            boolean outgoing = direction.equalsIgnoreCase("OUTGOING");
            if (outgoing || direction.equalsIgnoreCase("INCOMING")) {
                vote(nameVotes, table.value(row, outgoing ? Columns.INVITATION_FROM : Columns.INVITATION_TO));
                vote(urlVotes, table.value(row, outgoing ? Columns.INVITER_URL : Columns.INVITEE_URL));
            }
        }
        top(nameVotes).ifPresent(this::addName);
        top(urlVotes).ifPresent(this::addUrl);
    }

    private void fromProfile(CsvTable table) {
        for (CsvTable.Row row : table) {
            addName(table.value(row, Columns.FIRST_NAME) + " " + table.value(row, Columns.LAST_NAME));
            return;
        }
    }

    private void fromMessages(CsvTable table) {
        if (!names.isEmpty()) {
            Map<String, Integer> urlVotes = new HashMap<>();
            for (CsvTable.Row row : table) {
                if (names.contains(name(table.value(row, Columns.MESSAGE_FROM)))) {
                    vote(urlVotes, table.value(row, Columns.SENDER_URL));
                }
            }
            top(urlVotes).ifPresent(this::addUrl);
        } else if (urls.isEmpty()) {
            fromConversations(table);
        }
    }

    /** The one person in the most conversations, by address where the file gives one, else by name. */
    private void fromConversations(CsvTable table) {
        // A recipient without an address is known by the address they send from, where they sent anything.
        Map<String, String> urlOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        Map<String, String> shownUrlOf = new HashMap<>();
        for (CsvTable.Row row : table) {
            String from = table.value(row, Columns.MESSAGE_FROM);
            String url = table.value(row, Columns.SENDER_URL);
            if (!url.isBlank()) {
                urlOf.putIfAbsent(name(from), url);
                nameOf.putIfAbsent(person(url, from), from);
                shownUrlOf.putIfAbsent(person(url, from), url);
            }
        }
        Map<String, Set<String>> conversations = new HashMap<>();
        for (CsvTable.Row row : table) {
            String conversation = table.value(row, Columns.CONVERSATION);
            String from = table.value(row, Columns.MESSAGE_FROM);
            String sender = person(table.value(row, Columns.SENDER_URL), from);
            conversations.computeIfAbsent(sender, k -> new HashSet<>()).add(conversation);
            String recipientUrls = table.value(row, Columns.RECIPIENT_URLS);
            String to = table.value(row, Columns.MESSAGE_TO);
            Collection<String> recipients = recipientUrls.isEmpty()
                    ? Set.of(person(urlOf.getOrDefault(name(to), ""), to))
                    : URL_LIST.splitAsStream(recipientUrls).filter(u -> !u.isEmpty()).map(u -> person(u, "")).toList();
            for (String r : recipients) {
                conversations.computeIfAbsent(r, k -> new HashSet<>()).add(conversation);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        conversations.forEach((person, in) -> counts.put(person, in.size()));
        top(counts).ifPresent(person -> {
            if (person.startsWith("name:")) {
                addName(person.substring(5));
            } else {
                addUrl(shownUrlOf.getOrDefault(person, person.substring(4)));
                addName(nameOf.getOrDefault(person, ""));
            }
        });
    }

    private static String person(String url, String name) {
        return url.isBlank() ? "name:" + name(name) : "url:" + url(url);
    }

    private void addName(String name) {
        if (!name.isBlank() && names.add(name(name)) && shownName.isEmpty()) {
            shownName = name.strip().replaceAll("\\s+", " ");
        }
    }

    private void addUrl(String url) {
        if (!url.isBlank() && urls.add(url(url)) && shownUrl.isEmpty()) {
            shownUrl = url.strip();
        }
    }

    private static void vote(Map<String, Integer> votes, String value) {
        if (!value.isBlank()) {
            votes.merge(value, 1, Integer::sum);
        }
    }

    /** The value with the most votes, if it has more than any other. */
    private static Optional<String> top(Map<String, Integer> votes) {
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    static String name(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** "https://www.linkedin.com/in/aino/" and "http://linkedin.com/in/Aino?trk=x" are one address. */
    static String url(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int end = u.length();
        for (char c : new char[] {'?', '#'}) {
            int at = u.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        u = u.substring(0, end);
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
