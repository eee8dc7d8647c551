package org.tiepdan.platform;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Installation-wide settings (table {@code app_setting}), e.g. which area this installation serves. */
@Service
public class Settings {

    private final JdbcClient jdbc;

    Settings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> get(String key) {
        return jdbc.sql("select value from app_setting where key = ?").param(key).query(String.class).optional();
    }

    /** Joins the caller's transaction, so a setting changes together with what it describes. */
    public void put(String key, String value) {
        jdbc.sql("""
                insert into app_setting (key, value, updated_at) values (?, ?, now())
                on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at""")
                .params(key, value).update();
    }
}
