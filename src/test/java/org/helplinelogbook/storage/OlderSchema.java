package org.helplinelogbook.storage;

/**
 * Test helper: while open, databases are migrated only up to {@code version}, as an older release of the program
 * left them. Used by the upgrade tests to make a logbook "from the previous version" with the real migrations.
 */
public final class OlderSchema implements AutoCloseable {

    private OlderSchema(String version) {
        Database.migrationTarget = version;
    }

    public static OlderSchema upTo(String version) {
        return new OlderSchema(version);
    }

    @Override
    public void close() {
        Database.migrationTarget = null;
    }
}
