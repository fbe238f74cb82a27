package org.readerfirst.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.readerfirst.core.model.ContentType;
import org.readerfirst.core.model.Draft;
import org.readerfirst.core.model.Language;

/**
 * A second ReaderFirst process for the tests: {@link #start} runs this class's {@code main} in a new
 * JVM on the test's class path. Modes: {@code hold-lock DB} takes the window's lock, prints {@code
 * holding} and keeps it until its input closes; {@code try-lock DB} prints {@code acquired} or {@code
 * locked}; {@code save-loop DB} saves drafts until it is killed, printing {@code saved N} after each
 * save has returned.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(String mode, Path database) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                ChildJvm.class.getName(), mode, database.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static BufferedReader output(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        Path database = Path.of(args[1]);
        switch (args[0]) {
            case "hold-lock" -> {
                try (InstanceLock lock = InstanceLock.acquire(database)) {
                    System.out.println("holding");
                    System.out.flush();
                    System.in.read();
                }
            }
            case "try-lock" -> {
                try (InstanceLock lock = InstanceLock.acquire(database)) {
                    System.out.println("acquired");
                } catch (StoreException e) {
                    System.out.println(e.kind() == StoreException.Kind.LOCKED ? "locked" : "failed: " + e.getMessage());
                }
            }
            case "save-loop" -> saveLoop(database);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Each round adds a draft and then saves new text into it, as the window's autosave does. */
    private static void saveLoop(Path database) throws StoreException {
        try (DraftStore store = DraftStore.open(database)) {
            for (int n = 0; ; n++) {
                Draft draft = store.create("draft " + n, "", ContentType.POST, Language.ENGLISH);
                store.save(draft.withBody(body(n), draft.updated()));
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }

    static String body(int n) {
        return ("Save number " + n + ". ").repeat(40);
    }
}
