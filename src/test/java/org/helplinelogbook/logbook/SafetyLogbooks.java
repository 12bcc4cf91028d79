package org.helplinelogbook.logbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.Role;

/** Shared fixtures: a logbook with a manager and a worker, and valid contact drafts. */
public final class SafetyLogbooks {

    public static final String MANAGER = "manager";
    public static final String WORKER = "worker";
    public static final String PASSWORD = "correct horse battery staple";
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private SafetyLogbooks() {}

    /** A new logbook in {@code dir}, signed in as the manager, with a worker account too. */
    public static LogbookSetup.Created create(Path dir) {
        LogbookSetup.Created created = LogbookSetup.create(dir, MANAGER, PASSWORD.toCharArray(), ZONE);
        created.logbook().accounts().add(WORKER, Role.WORKER, PASSWORD.toCharArray());
        return created;
    }

    public static Logbook open(Path dir, String user) {
        return LogbookOpening.open(dir, user, PASSWORD.toCharArray());
    }

    public static ContactDraft draft(LocalDateTime start, int i, String notes) {
        String[] types = {"at_risk", "family_friend", "professional", "arrested"};
        String[] topics = {"indecent_images", "online_grooming", "safety_planning", "mental_health"};
        String[] outcomes = {"information_given", "concerns_clarified", "callback_arranged"};
        return new ContactDraft(start, 60 + i % 900, i % 2 == 0 ? "phone" : "chat", types[i % types.length],
                List.of(topics[i % topics.length]), List.of(outcomes[i % outcomes.length]), "internet_search",
                notes, null);
    }

    public static List<ContactDraft> drafts(LocalDateTime start, int n, String notes) {
        List<ContactDraft> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(draft(start.plusMinutes(i), i, notes == null ? null : notes + " #" + i));
        }
        return out;
    }

    public static void copyFolder(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(LogbookLock.FILE_NAME)) {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
