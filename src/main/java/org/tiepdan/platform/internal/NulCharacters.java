package org.tiepdan.platform.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one place that keeps the NUL character (U+0000) and null list elements out of the
 * application. PostgreSQL cannot store NUL in text, and no form or API field has a use for it;
 * a null inside a list ({@code "hamlets": [null]}) is never meaningful either.
 *
 * <ul>
 * <li>JSON bodies: a string with NUL, or a null element of a list, array or map, is refused while
 * reading, so the API answers 400 {@code invalid-input} with the field (ApiExceptionHandler).</li>
 * <li>Form fields, query parameters and the names of uploaded files: NUL is removed before any
 * controller (or the security filters) sees the value. Browsers never send it, so the only effect
 * is that a crafted request is treated as the same text without the NUL; the typed value is kept
 * and validated as usual.</li>
 * </ul>
 * Text inside uploaded files (imports) is checked by the import itself; if one ever reaches the
 * database, the database's refusal becomes a 400 (see {@link DatabaseRejection}).
 */
@Configuration(proxyBeanMethods = false)
class NulCharacters {

    static final char NUL = '\u0000';

    static String strip(String value) {
        return value == null || value.indexOf(NUL) < 0 ? value : value.replace(String.valueOf(NUL), "");
    }

    @Bean
    JsonMapperBuilderCustomizer rejectNulAndNullElements() {
        SimpleModule module = new SimpleModule("tiepdan-nul");
        module.addDeserializer(String.class, new NulRejectingStringDeserializer());
        return builder -> builder.addModule(module)
                .changeDefaultNullHandling(h -> JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    @Bean
    NulStrippingFilter nulStrippingFilter() {
        return new NulStrippingFilter();
    }

    /** Refuses a JSON string containing NUL (the message names the field through Jackson's path). */
    static final class NulRejectingStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf(NUL) >= 0) {
                throw InvalidFormatException.from(p, "NUL character", value, String.class);
            }
            return value;
        }
    }

    /** Runs before the security filters, so that every reader of a parameter sees the same value. */
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    static final class NulStrippingFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(new Stripped(request), response);
        }
    }

    static final class Stripped extends HttpServletRequestWrapper {

        Stripped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return NulCharacters.strip(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            return stripAll(super.getParameterValues(name));
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>();
            super.getParameterMap().forEach((k, v) -> map.put(NulCharacters.strip(k), stripAll(v)));
            return map;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Collection<Part> getParts() throws IOException, ServletException {
            return super.getParts().stream().map(p -> (Part) new StrippedPart(p)).toList();
        }

        @Override
        public Part getPart(String name) throws IOException, ServletException {
            Part part = super.getPart(name);
            return part == null ? null : new StrippedPart(part);
        }

        private static String[] stripAll(String[] values) {
            if (values == null) {
                return null;
            }
            String[] copy = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                copy[i] = NulCharacters.strip(values[i]);
            }
            return copy;
        }
    }

    /** A part whose headers (the file name in Content-Disposition) carry no NUL. */
    record StrippedPart(Part part) implements Part {

        @Override
        public java.io.InputStream getInputStream() throws IOException {
            return part.getInputStream();
        }

        @Override
        public String getContentType() {
            return strip(part.getContentType());
        }

        @Override
        public String getName() {
            return strip(part.getName());
        }

        @Override
        public String getSubmittedFileName() {
            return strip(part.getSubmittedFileName());
        }

        @Override
        public long getSize() {
            return part.getSize();
        }

        @Override
        public void write(String fileName) throws IOException {
            part.write(fileName);
        }

        @Override
        public void delete() throws IOException {
            part.delete();
        }

        @Override
        public String getHeader(String name) {
            return strip(part.getHeader(name));
        }

        @Override
        public Collection<String> getHeaders(String name) {
            return part.getHeaders(name).stream().map(NulCharacters::strip).toList();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return part.getHeaderNames();
        }
    }
}
