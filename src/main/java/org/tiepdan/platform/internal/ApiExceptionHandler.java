package org.tiepdan.platform.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tiepdan.platform.DomainException;
import tools.jackson.databind.DatabindException;

/**
 * Every error of the JSON API is an RFC 9457 problem with a Vietnamese title and detail, a stable
 * {@code code}, and the list of field errors where the input was at fault. Never a stack trace.
 *
 * <p>Bad input never ends in a 500: the framework's own refusals (unreadable JSON, wrong content
 * type, broken multipart, a path or parameter of the wrong type) get a code and, where known, the
 * field; what slipped past validation and was refused by the database (too long, unknown
 * reference, NUL) becomes a 4xx through {@link DatabaseRejection}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        String message = msg(e.messageKey(), e.args());
        ProblemDetail problem = problem(status, message, e.code(), request);
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
        }
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> staleEdit(ObjectOptimisticLockingFailureException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, msg("error.stale-edit"), "stale-edit", request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return badParameter(e.getName(), request);
    }

    /** A value a service converted itself (an enum in a path taken as text, say). */
    @ExceptionHandler(ConversionFailedException.class)
    ResponseEntity<ProblemDetail> conversion(ConversionFailedException e, HttpServletRequest request) {
        return badParameter("value", request);
    }

    /** A multipart body Tomcat cannot parse (no boundary, truncated); parsed lazily, so it lands here. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, msg("error.http.413"), "payload-too-large", request));
        }
        return ResponseEntity.badRequest()
                .body(problem(HttpStatus.BAD_REQUEST, msg("error.multipart-invalid"), "multipart-invalid", request));
    }

    /** What the database refused after validation let it through: a 4xx with a code, never a 500. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> database(DataAccessException e, HttpServletRequest request) {
        return DatabaseRejection.of(e).map(r -> {
            log.warn("Database refused {} {}: {} (constraint {}); validation should have caught it",
                    request.getMethod(), request.getRequestURI(), r.code(), r.constraint());
            String message = msg(r.messageKey());
            ProblemDetail problem = problem(r.status(), message, r.code(), request);
            if (r.field() != null) {
                problem.setProperty("errors", List.of(Map.of("field", r.field(), "message", message)));
            }
            return ResponseEntity.status(r.status()).body(problem);
        }).orElseGet(() -> unexpected(e, request));
    }

    /** Security decides on these: 401 or 403 come from its own handlers. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        String reference = ErrorReference.current();
        log.error("Unexpected error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, msg("error.unexpected", reference),
                "unexpected", request);
        problem.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(fieldProblem(ex.getBindingResult(), request));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, msg("error.invalid-input"));
        problem.setTitle(msg("error.title.invalid"));
        problem.setProperty("code", "invalid-input");
        problem.setProperty("errors", ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", r.getMethodParameter().getParameterName() == null ? "value"
                                : r.getMethodParameter().getParameterName(),
                        "message", messages.getMessage(err, LocaleContextHolder.getLocale()))))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(missing(ex.getParameterName()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(missing(ex.getRequestPartName()));
    }

    /** Malformed JSON, a wrong type, a NUL, a null list element: 400 with the field Jackson was reading. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = null;
        String code = "body-unreadable";
        String message = msg("error.body-unreadable");
        for (Throwable t = ex.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabindException d && !d.getPath().isEmpty()) {
                field = path(d);
                code = "invalid-input";
                message = msg(String.valueOf(d.getOriginalMessage()).startsWith("NUL character")
                        ? "error.invalid-character" : "error.field-unreadable");
                break;
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                field == null ? message : msg("error.invalid-input"));
        problem.setTitle(msg("error.title.invalid"));
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        // Framework-made problems (405, 415, 406, 413...) get a Vietnamese title and a code too.
        if (body instanceof ProblemDetail problem) {
            if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
                problem.setTitle(msg("error.title." + statusCode.value(), msg("error.title.generic")));
                problem.setDetail(msg("error.http." + statusCode.value(), msg("error.title.generic")));
                problem.setProperty("code", frameworkCode(statusCode));
            }
            if (problem.getInstance() == null && request instanceof ServletWebRequest web) {
                problem.setInstance(URI.create(web.getRequest().getRequestURI()));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** Stable codes of the framework's refusals, so a client never has to parse a title. */
    private static String frameworkCode(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "request-invalid";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "media-type-unsupported";
            default -> "http-" + status.value();
        };
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "value" : ex.getPropertyName();
        return ResponseEntity.badRequest().body(invalidParameter(name));
    }

    private ResponseEntity<ProblemDetail> badParameter(String name, HttpServletRequest request) {
        ProblemDetail problem = invalidParameter(name);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.badRequest().body(problem);
    }

    private ProblemDetail invalidParameter(String name) {
        String message = msg("error.parameter-invalid", name);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle(msg("error.title.400", msg("error.title.generic")));
        problem.setProperty("code", "parameter-invalid");
        problem.setProperty("errors", List.of(Map.of("field", name, "message", message)));
        return problem;
    }

    private ProblemDetail missing(String name) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                msg("error.parameter-missing", name));
        problem.setTitle(msg("error.title.invalid"));
        problem.setProperty("code", "parameter-missing");
        problem.setProperty("errors", List.of(Map.of("field", name, "message", msg("error.parameter-missing", name))));
        return problem;
    }

    /** {@code routes[0].opinionId} from Jackson's path. */
    private static String path(DatabindException e) {
        StringBuilder s = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                s.append('[').append(ref.getIndex()).append(']');
            }
        }
        return s.isEmpty() ? "body" : s.toString();
    }

    private ProblemDetail fieldProblem(BindingResult result, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, msg("error.invalid-input"));
        problem.setTitle(msg("error.title.invalid"));
        problem.setProperty("code", "invalid-input");
        problem.setProperty("errors", result.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message",
                        messages.getMessage(f, LocaleContextHolder.getLocale())))
                .toList());
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String detail, String code, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(msg("error.title." + status.value(), msg("error.title.generic")));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        return problem;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
