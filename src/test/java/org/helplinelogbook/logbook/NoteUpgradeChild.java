package org.helplinelogbook.logbook;

import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link NoteUpgradeTest} (and the shared logbook's test): signs in as the manager and re-seals the notes, printing its
 * progress and pausing after each note, so that the test can kill it half-way.
 */
public final class NoteUpgradeChild {

    private NoteUpgradeChild() {}

    public static void main(String[] args) throws Exception {
        // A fourth argument is a shared logbook's desk database password (SharedNoteReadingKeysTest).
        try (Logbook logbook = args.length > 3
                ? LogbookOpening.open(Path.of(args[0]), args[1], args[2].toCharArray(), args[3].toCharArray())
                : LogbookOpening.open(Path.of(args[0]), args[1], args[2].toCharArray())) {
            logbook.noteUpgrade().run(p -> { // one note per transaction, so a kill can fall between any two
                System.out.println("done=" + p.done());
                System.out.flush();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, 1);
            System.out.println("finished");
        }
    }
}
