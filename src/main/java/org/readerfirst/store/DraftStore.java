package org.readerfirst.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.readerfirst.core.model.Audience;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Dismissal;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;
import org.readerfirst.store.StoreException.Kind;

/**
 * The writer's drafts, their audiences, dismissed findings and settings, in one SQLite file; {@link
 * #publishingLog()}, {@link #revisions()} and {@link #maintenance()} reach the rest. The SQL lives in one
 * package-private table class each; this class holds the connection and its lock, which every method here
 * and in those parts takes: the UI saves from a background thread while it may list from another, and one
 * JDBC connection must not be used by two threads at once.
 */
public final class DraftStore implements AutoCloseable {

    // Fixed width with milliseconds, so that text order is time order in SQL.
    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private static final System.Logger LOG = System.getLogger(DraftStore.class.getName());

    private final Path file;
    private final Clock clock;
    private final DraftTable draftTable;
    private final DraftSummaries summaries;
    private final SettingsTable settingsTable;
    private final AudienceTable audienceTable;
    private final DismissalTable dismissalTable;
    private final DisabledRulesSetting disabledRulesSetting;
    private final PublishingLog publishingLog;
    private final Revisions revisions;
    private final DatabaseMaintenance maintenance;
    private final SourceTable sourceTable;
    private final ImportTable importTable;
    private final VerdictTable verdictTable;
    private Connection connection;

    private DraftStore(Path file, Clock clock, Connection connection) {
        this.file = file;
        this.clock = clock;
        this.connection = connection;
        this.draftTable = new DraftTable(file);
        this.summaries = new DraftSummaries(file);
        this.settingsTable = new SettingsTable(file);
        this.audienceTable = new AudienceTable(file);
        this.dismissalTable = new DismissalTable(file);
        this.disabledRulesSetting = new DisabledRulesSetting(file);
        this.publishingLog = new PublishingLog(this);
        this.revisions = new Revisions(this);
        this.maintenance = new DatabaseMaintenance(this);
        this.sourceTable = new SourceTable(file);
        this.importTable = new ImportTable(file);
        this.verdictTable = new VerdictTable(file);
    }

    /**
     * Opens the database, creating it and its folders if missing, and brings its layout up to date.
     * A file that is not a ReaderFirst database, or is too new, is refused and left unchanged.
     */
    public static DraftStore open(Path file) throws StoreException {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps created and updated times. */
    public static DraftStore open(Path file, Clock clock) throws StoreException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        Connection connection = DatabaseOpener.open(file);
        LOG.log(Level.DEBUG, "Opened drafts database {0}", file);
        return new DraftStore(file, clock, connection);
    }

    /** The drafts outside the trash, the most recently updated first. */
    public synchronized List<Draft> list() throws StoreException {
        return draftTable.list(connection());
    }

    /** As {@link #list()} with status and tags; only drafts with {@code status} unless it is null. */
    public synchronized List<DraftDetails> listDetails(DraftStatus status) throws StoreException {
        return draftTable.details(connection(), status);
    }

    /**
     * As {@link #listDetails(DraftStatus)}, only drafts whose title or body holds every word of
     * {@code search}, each word also as the start of a longer one (a Finnish base form finds its
     * inflections); no search when it is null.
     *
     * @throws IllegalArgumentException if {@code search} holds no word
     */
    public synchronized List<DraftDetails> listDetails(DraftStatus status, String search) throws StoreException {
        return draftTable.details(connection(), status, search);
    }

    /**
     * The library as a list shows it: as {@link #listDetails(DraftStatus, String)}, without the drafts'
     * text, which makes it quick for thousands of drafts.
     *
     * @throws IllegalArgumentException if {@code search} holds no word
     */
    public synchronized List<DraftSummary> summaries(DraftStatus status, String search) throws StoreException {
        return summaries.list(connection(), status, search);
    }

    /**
     * The library as the window's list shows it: as {@link #summaries}, each with a short excerpt of
     * its text (its opening, or the passage around the first word found), never the whole text.
     *
     * @throws IllegalArgumentException if {@code search} holds no word
     */
    public synchronized List<ListedDraft> listing(DraftStatus status, String search) throws StoreException {
        return summaries.listing(connection(), status, search);
    }

    /**
     * The words the writer's library uses: those that stand in at least {@code minDrafts} drafts, in
     * lower case, the most widely used first, at most {@code max}. Read from the search index, so it
     * stays quick for thousands of drafts.
     */
    public synchronized Set<String> words(int minDrafts, int max) throws StoreException {
        return draftTable.words(connection(), minDrafts, max);
    }

    /** The draft, even when it is in the trash. */
    public synchronized Optional<Draft> find(long id) throws StoreException {
        return draftTable.find(connection(), id).map(DraftDetails::draft);
    }

    /** As {@link #find}, with status and tags. */
    public synchronized Optional<DraftDetails> details(long id) throws StoreException {
        return draftTable.find(connection(), id);
    }

    /**
     * Sets the status; a change of status keeps a revision of the stored text.
     *
     * @throws NoSuchElementException if the draft does not exist
     */
    public synchronized void setStatus(long id, DraftStatus status) throws StoreException {
        boolean changes = statusChanges(id, Objects.requireNonNull(status, "status"));
        draftTable.setStatus(connection(), id, status);
        if (changes) {
            revisions.keepStored(id, RevisionReason.STATUS);
        }
    }

    /**
     * Replaces the draft's tags: blanks dropped, the rest trimmed, repeats kept once.
     *
     * @throws NoSuchElementException if the draft does not exist
     */
    public synchronized void setTags(long id, List<String> tags) throws StoreException {
        draftTable.setTags(connection(), id, List.copyOf(tags));
    }

    /**
     * Moves the draft to the trash: {@link #list()} leaves it out until it is restored.
     *
     * @throws NoSuchElementException if the draft does not exist
     */
    public synchronized void trash(long id) throws StoreException {
        draftTable.trash(connection(), id, now());
    }

    /** Every tag of the drafts outside the trash, each once, alphabetically. */
    public synchronized List<String> tags() throws StoreException {
        return draftTable.tags(connection());
    }

    /** @throws NoSuchElementException if the draft does not exist */
    public synchronized void restore(long id) throws StoreException {
        draftTable.restore(connection(), id);
    }

    /** The drafts in the trash, the most recently trashed first. */
    public synchronized List<Draft> trashed() throws StoreException {
        return draftTable.trashed(connection());
    }

    /** Deletes the drafts in the trash for good, with their revisions; their publications stay in the log. */
    public synchronized int emptyTrash() throws StoreException {
        return draftTable.emptyTrash(connection());
    }

    /** Whether setting the status to {@code to} changes it; the caller holds the store's lock. */
    boolean statusChanges(long id, DraftStatus to) throws StoreException {
        return draftTable.find(connection(), id).map(d -> d.status() != to).orElse(false);
    }

    /** Stores a new draft; created and updated are now, to the millisecond. */
    public synchronized Draft create(String title, String body, ContentType type, Language language)
            throws StoreException {
        return draftTable.create(connection(), title, body, type, language, now());
    }

    /**
     * Stores the draft's title, body, type and language and sets its updated time to now; the created
     * time stays as stored.
     *
     * @return the draft as stored
     * @throws IllegalArgumentException if the draft was never stored (its id is 0)
     * @throws NoSuchElementException if no draft has its id, e.g. because it was deleted
     */
    public synchronized Draft save(Draft draft) throws StoreException {
        return draftTable.save(connection(), draft, now());
    }

    /** Deletes the draft, its dismissed findings and revisions; deleting one that is not there does nothing. */
    public synchronized void delete(long id) throws StoreException {
        draftTable.delete(connection(), id);
    }

    /** The source kept with the draft; empty if it has none or the draft does not exist. */
    public synchronized Optional<DraftSource> source(long draftId) throws StoreException {
        return sourceTable.ofDraft(connection(), draftId);
    }

    /**
     * Keeps the source with the draft, replacing the one it had; it goes when the draft is deleted.
     *
     * @throws NoSuchElementException if the draft does not exist
     */
    public synchronized void putSource(long draftId, DraftSource source) throws StoreException {
        sourceTable.put(connection(), draftId, source);
    }

    public synchronized Optional<String> setting(String key) throws StoreException {
        return settingsTable.read(connection(), key);
    }

    /** Sets a setting, replacing its previous value. */
    public synchronized void putSetting(String key, String value) throws StoreException {
        settingsTable.put(connection(), key, value);
    }

    /** The writer's audiences, by name. */
    public synchronized List<StoredAudience> audiences() throws StoreException {
        return audienceTable.list(connection());
    }

    /**
     * Stores a new audience ({@code id} 0) or replaces the one with that id.
     *
     * @return the audience as stored, with its id
     * @throws StoreException of kind {@link Kind#NAME_TAKEN} if another audience has the same name
     * @throws NoSuchElementException if {@code id} is not 0 and no audience has it
     */
    public synchronized StoredAudience saveAudience(long id, Audience audience) throws StoreException {
        return audienceTable.save(connection(), id, audience);
    }

    /** Deletes the audience; its drafts are kept, with no audience. Deleting a missing one does nothing. */
    public synchronized void deleteAudience(long id) throws StoreException {
        audienceTable.delete(connection(), id);
    }

    /** The audience the draft is written for; empty if it has none or the draft does not exist. */
    public synchronized Optional<StoredAudience> audienceOf(long draftId) throws StoreException {
        return audienceTable.ofDraft(connection(), draftId);
    }

    /**
     * Links the draft to an audience, or clears its audience when {@code audienceId} is null. The
     * draft's updated time stays: the text did not change.
     *
     * @throws NoSuchElementException if the draft or the audience does not exist
     */
    public synchronized void setDraftAudience(long draftId, Long audienceId) throws StoreException {
        audienceTable.setForDraft(connection(), draftId, audienceId);
    }

    /** The findings the writer dismissed in this draft, in the order dismissed; empty for a missing draft. */
    public synchronized Set<Dismissal> dismissals(long draftId) throws StoreException {
        return dismissalTable.ofDraft(connection(), draftId);
    }

    /**
     * Remembers that the writer dismissed a finding in this draft; dismissing it again does nothing.
     * The dismissal goes when the draft is deleted.
     *
     * @throws NoSuchElementException if the draft does not exist
     */
    public synchronized void dismiss(long draftId, Dismissal dismissal) throws StoreException {
        dismissalTable.add(connection(), draftId, dismissal, now());
    }

    /** Forgets a dismissal, so the finding shows again; forgetting one that is not there does nothing. */
    public synchronized void undismiss(long draftId, Dismissal dismissal) throws StoreException {
        dismissalTable.remove(connection(), draftId, dismissal);
    }

    /** The ids of the rules the writer switched off, sorted. */
    public synchronized Set<String> disabledRules() throws StoreException {
        return disabledRulesSetting.read(connection());
    }

    /**
     * Switches a rule on or off for every draft; switching it to the state it is in does nothing.
     *
     * @throws IllegalArgumentException if {@code ruleId} is not a rule id: lowercase letters a-z and
     *     digits, in parts joined by single hyphens
     */
    public synchronized void setRuleEnabled(String ruleId, boolean enabled) throws StoreException {
        disabledRulesSetting.setEnabled(connection(), ruleId, enabled);
    }

    /**
     * Makes a new database at {@code file}, which must not exist (e.g. after a damaged one was moved
     * aside), from {@code backup}, checked as {@link DatabaseMaintenance#restoreFrom} checks it, and opens it.
     */
    public static DraftStore openFromBackup(Path file, Path backup) throws StoreException {
        DatabaseRestore.createFrom(file, backup);
        return open(file);
    }

    /**
     * Adds the drafts in one transaction, each with its title, text, type, language, status, tags and
     * created and updated times as given (their ids are ignored): all are added or, on failure, none.
     *
     * @return the drafts as stored, with their new ids, in the given order
     */
    public synchronized List<Draft> addAll(List<DraftDetails> drafts) throws StoreException {
        return draftTable.addAll(connection(), List.copyOf(drafts));
    }

    /**
     * Adds the texts published elsewhere that were never imported before, each as a published draft
     * with its entry in the publishing log at the time it was published, all in one transaction: all
     * are added or, on failure, none, and nothing already in the library changes. A text whose key was
     * imported before adds nothing, even if its draft has since been deleted; so does a key repeated
     * within {@code texts} after its first text.
     *
     * @return the drafts added, with their ids, in the given order
     */
    public synchronized List<Draft> importPublished(List<ImportedText> texts) throws StoreException {
        return importTable.addNew(connection(), List.copyOf(texts), now());
    }

    /** The verdicts kept for the drafts, by draft id; a draft's goes when the draft is deleted. */
    public synchronized Map<Long, KeptVerdict> keptVerdicts() throws StoreException {
        return verdictTable.all(connection());
    }

    /**
     * Keeps the verdicts, each in place of the one its draft had, in one transaction; a draft that no
     * longer exists gets none.
     */
    public synchronized void keepVerdicts(List<KeptVerdict> verdicts) throws StoreException {
        verdictTable.keep(connection(), List.copyOf(verdicts));
    }

    public Path file() {
        return file;
    }

    /** When the writer published which draft. */
    public PublishingLog publishingLog() {
        return publishingLog;
    }

    /** The drafts' title and text at moments worth going back to. */
    public Revisions revisions() {
        return revisions;
    }

    /** Backing the database up, restoring it, checking it. */
    public DatabaseMaintenance maintenance() {
        return maintenance;
    }

    Clock clock() {
        return clock;
    }

    /** Closes the database; closing twice is harmless. Afterwards every other method throws. */
    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Every write was already committed; at worst SQLite replays its log on the next open.
            LOG.log(Level.WARNING, "Closing " + file + " failed", e);
        } finally {
            connection = null;
        }
    }

    /**
     * Runs a statement on the store's own connection. Only for tests in this package, to make writes
     * fail the way a full disk or a read-only file does ({@code PRAGMA max_page_count}, {@code query_only}).
     */
    synchronized void executeOnOwnConnection(String sql) throws SQLException {
        try (java.sql.Statement st = connection().createStatement()) {
            st.execute(sql);
        }
    }

    /** The store's connection; the caller holds the store's lock. */
    Connection connection() {
        if (connection == null) {
            throw new IllegalStateException("the draft store for " + file + " is closed");
        }
        return connection;
    }

    Instant now() {
        // Stored times keep milliseconds; truncating here makes the returned draft equal the stored one.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
