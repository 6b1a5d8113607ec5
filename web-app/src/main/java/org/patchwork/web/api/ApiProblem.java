package org.patchwork.web.api;

import java.util.List;

/** An RFC 9457 problem as a Patchwork service answers it, with the fields it found wrong. */
public record ApiProblem(int status, String type, String title, String detail, List<FieldProblem> errors) {

    public ApiProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public record FieldProblem(String field, String message) {
    }
}
