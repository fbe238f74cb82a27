package org.readerfirst.history;

import java.util.List;

/**
 * The columns the import reads, by the names the export versions give them; {@link CsvTable} ignores
 * case, spaces and punctuation, so only names made of other words are listed as alternatives.
 */
final class Columns {

    static final String[] SHARE_DATE = {"Date"};
    static final String[] SHARE_TEXT = {"ShareCommentary", "Commentary"};
    static final String[] SHARE_LINK = {"ShareLink"};

    static final String[] COMMENT_DATE = {"Date"};
    static final String[] COMMENT_TEXT = {"Message", "Comment"};
    static final String[] COMMENT_LINK = {"Link"};

    static final String[] MESSAGE_DATE = {"DATE"};
    static final String[] MESSAGE_TEXT = {"CONTENT"};
    static final String[] MESSAGE_FROM = {"FROM"};
    static final String[] MESSAGE_TO = {"TO"};
    static final String[] SENDER_URL = {"SENDER PROFILE URL"};
    static final String[] RECIPIENT_URLS = {"RECIPIENT PROFILE URLS"};
    static final String[] CONVERSATION = {"CONVERSATION ID"};
    /** Only in the export of 2018, which has no sender's address. */
    static final String[] MESSAGE_DIRECTION = {"DIRECTION"};
    static final String[] MESSAGE_DRAFT = {"IS MESSAGE DRAFT"};

    static final String[] INVITATION_DATE = {"Sent At"};
    static final String[] INVITATION_TEXT = {"Message"};
    static final String[] INVITATION_DIRECTION = {"Direction"};
    static final String[] INVITATION_FROM = {"From"};
    static final String[] INVITATION_TO = {"To"};
    static final String[] INVITER_URL = {"inviterProfileUrl"};
    static final String[] INVITEE_URL = {"inviteeProfileUrl"};

    static final String[] FIRST_NAME = {"First Name"};
    static final String[] LAST_NAME = {"Last Name"};

    static final List<List<String>> SHARES = List.of(List.of(SHARE_DATE), List.of(SHARE_TEXT));
    static final List<List<String>> COMMENTS = List.of(List.of(COMMENT_DATE), List.of(COMMENT_TEXT));
    static final List<List<String>> MESSAGES = List.of(List.of(MESSAGE_DATE), List.of(MESSAGE_TEXT), List.of(MESSAGE_FROM));
    static final List<List<String>> INVITATIONS = List.of(List.of(INVITATION_DATE), List.of(INVITATION_TEXT),
            List.of(INVITATION_DIRECTION));
    static final List<List<String>> PROFILE = List.of(List.of(FIRST_NAME), List.of(LAST_NAME));

    private Columns() {
    }
}
