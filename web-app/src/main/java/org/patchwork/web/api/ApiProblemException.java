package org.patchwork.web.api;

/** A service said no; pages show its reason the GOV.UK way or an error page. */
public class ApiProblemException extends RuntimeException {

    private final ApiProblem problem;

    public ApiProblemException(ApiProblem problem) {
        super(problem.status() + " " + problem.detail());
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }
}
