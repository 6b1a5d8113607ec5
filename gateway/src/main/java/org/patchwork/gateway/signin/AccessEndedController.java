package org.patchwork.gateway.signin;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/** Where a professional lands, signed out, when the directory refused them at sign-in: it says why. */
@Controller
class AccessEndedController {

    @GetMapping("/access-ended")
    Rendering accessEnded(@RequestParam(required = false) String reason) {
        String[] page = switch (reason == null ? "" : reason) {
            case "suspended" -> new String[] {"Your organisation's Patchwork access is suspended",
                    "Your organisation's access to Patchwork is suspended under the data sharing agreement, so you"
                            + " cannot use Patchwork for now."};
            case "test-sign-in" -> new String[] {"Your sign-in works",
                    "Your organisation is being set up in Patchwork, and this sign-in through your organisation's own"
                            + " account was its test: Patchwork has recorded that it worked. You can close this page."
                            + " Patchwork opens to your organisation's staff once its administrator makes it live."};
            case "not-onboarded" -> new String[] {"Your organisation is not in Patchwork",
                    "Your organisation is not in Patchwork's data sharing agreement, so you cannot use Patchwork."};
            default -> new String[] {"Your Patchwork access has ended",
                    "Your agency has recorded that you have left it, so you can no longer use Patchwork or see any"
                            + " client."};
        };
        return Rendering.view("access-ended")
                .status("test-sign-in".equals(reason) ? HttpStatus.OK : HttpStatus.FORBIDDEN)
                .modelAttribute("title", page[0]).modelAttribute("explanation", page[1]).build();
    }
}
