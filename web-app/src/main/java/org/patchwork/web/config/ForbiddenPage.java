package org.patchwork.web.config;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where a page the user's role does not allow ends: the GOV.UK-style "you cannot do this" page, status 403. */
@Controller
class ForbiddenPage {

    @RequestMapping(WebSecurityConfiguration.FORBIDDEN_PAGE)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/forbidden";
    }
}
