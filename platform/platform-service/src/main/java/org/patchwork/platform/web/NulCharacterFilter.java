package org.patchwork.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.patchwork.platform.problem.ProblemWriter;
import org.patchwork.platform.problem.Problems;
import org.patchwork.platform.problem.RequestBodyTooLargeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses text with a NUL character ({@code U+0000}) in a query or form parameter or in a JSON body with a 400
 * problem, before it reaches validation or the database. PostgreSQL cannot store NUL in text, so such input would
 * otherwise end in a database error (and its SQL in the log) instead of a clear answer. JSON bodies, already bounded
 * by {@link RequestBodyLimitFilter}, are read once here and handed on unchanged.
 */
public class NulCharacterFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public NulCharacterFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    /** Uploads are parsed (and bounded) by Spring MVC; their contents are checked by the endpoint that reads them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isJson(request)) {
            if (parametersHaveNul(request)) {
                refuse(request, response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestBodyTooLargeException tooLarge) {
            problems.write(request, response, RequestBodyTooLargeException.problem());
            return;
        }
        if (parametersHaveNul(request) || hasNul(body)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                "Text must not contain NUL characters."));
    }

    private static boolean isJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static boolean parametersHaveNul(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream().anyMatch(parameter -> parameter.getKey().indexOf(0) >= 0
                || Arrays.stream(parameter.getValue()).anyMatch(value -> value.indexOf(0) >= 0));
    }

    /** A raw NUL byte, or the JSON escape {@code \u0000} (not itself escaped as {@code \\u0000}). */
    static boolean hasNul(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        if (text.indexOf(0) >= 0) {
            return true;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int at = lower.indexOf("u0000"); at >= 0; at = lower.indexOf("u0000", at + 1)) {
            int backslashes = 0;
            for (int before = at - 1; before >= 0 && lower.charAt(before) == '\\'; before--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has already been read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
