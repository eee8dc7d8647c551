package org.tiepdan.report.internal;

import java.util.List;

/**
 * A cross-check that failed for the window: stable code, severity (ERROR, WARNING, INFO), the
 * Vietnamese message, and the paths of the records it names.
 */
public record Finding(String code, String severity, String message, List<String> records) {
}
