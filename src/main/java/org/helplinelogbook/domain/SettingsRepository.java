package org.helplinelogbook.domain;

import java.util.Optional;

/** Named logbook settings (time zone, auto-lock minutes, retention months, theme, backup folder). */
public interface SettingsRepository {

    Optional<String> get(String name);

    void put(String name, String value);
}
