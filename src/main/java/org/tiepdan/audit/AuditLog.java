package org.tiepdan.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tiepdan.audit.internal.AuditEntryWriter;

/**
 * Writes the audit trail. Call it inside the transaction of the change: the row commits or rolls
 * back with it. Values of secret fields never reach the table.
 */
@Service
public class AuditLog {

    /** Field names whose values are always masked, whatever the caller passes. */
    private static final Pattern SECRET_FIELD = Pattern.compile(
            "(?i).*(password|secret|token|identity|cccd|citizenid|phone|email|address|denouncer).*");
    static final String MASK = "***";

    private final AuditEntryWriter writer;

    AuditLog(AuditEntryWriter writer) {
        this.writer = writer;
    }

    /** Wraps a value that must be masked even though its field name looks harmless. */
    public static Object secret(@SuppressWarnings("unused") Object value) {
        return new Secret();
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String entityType, Object entityId, Long unitId, Map<String, ?> changes) {
        record(currentUsername(), action, entityType, entityId, unitId, changes);
    }

    /** For events where the actor is not (yet) the authenticated principal, e.g. a failed login. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String username, AuditAction action, String entityType, Object entityId, Long unitId,
            Map<String, ?> changes) {
        writer.write(username, remoteAddress(), unitId, entityType,
                entityId == null ? null : entityId.toString(), action.name(), summary(changes));
    }

    static String summary(Map<String, ?> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        Map<String, String> masked = new LinkedHashMap<>();
        changes.forEach((field, value) -> masked.put(field, mask(field, value)));
        return masked.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String mask(String field, Object value) {
        if (value instanceof Secret || SECRET_FIELD.matcher(field).matches()) {
            return MASK;
        }
        return Objects.toString(value, "");
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? null : auth.getName();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static final class Secret {
        @Override
        public String toString() {
            return MASK;
        }
    }
}
