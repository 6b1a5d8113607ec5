package org.patchwork.notification.delivery;

import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The HTML and plain-text bodies of an alert email, from {@code mail/alert.html} and {@code mail/alert.txt}. */
class MailTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final String settingsLink;

    MailTemplates(String baseUrl) {
        this.settingsLink = (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "settings/notifications";
    }

    String html(OutgoingNotification notification) {
        return html.process("alert", context(notification));
    }

    String text(OutgoingNotification notification) {
        return text.process("alert", context(notification));
    }

    private Context context(OutgoingNotification notification) {
        Context context = new Context();
        context.setVariables(Map.of("subject", notification.subject(), "lines", notification.body().split("\n"),
                "link", notification.link(), "settingsLink", settingsLink));
        return context;
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
