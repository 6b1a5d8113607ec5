package org.patchwork.notification.delivery;

import javax.sql.DataSource;

import org.patchwork.notification.config.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Chooses the email and SMS providers from {@code patchwork.notifications.email-provider} and {@code sms-provider}. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);

    @Bean
    MailTemplates mailTemplates(NotificationProperties properties) {
        return new MailTemplates(properties.baseUrl());
    }

    @Bean
    GovUkNotify govUkNotify(NotificationProperties properties, DataSource dataSource) {
        return GovUkNotify.of(properties, dataSource);
    }

    @Bean
    EmailProvider emailProvider(NotificationProperties properties, ObjectProvider<JavaMailSender> mail,
                                MailTemplates templates, GovUkNotify notify) {
        log.info("Email goes out through {}", properties.emailProvider());
        return switch (properties.emailProvider()) {
            case NotificationProperties.SMTP -> new SmtpEmailProvider(mail.getObject(), templates, properties.mailFrom());
            case NotificationProperties.NOTIFY -> new NotifyEmailProvider(notify,
                    required(properties.govUkNotify().emailTemplateId(), "notify.email-template-id"), templates);
            default -> throw new IllegalStateException("patchwork.notifications.email-provider must be smtp or notify, not "
                    + properties.emailProvider());
        };
    }

    @Bean
    SmsProvider smsProvider(NotificationProperties properties, GovUkNotify notify) {
        log.info("SMS goes out through {}", properties.smsProvider());
        return switch (properties.smsProvider()) {
            case NotificationProperties.NOTIFY -> new NotifySmsProvider(notify,
                    required(properties.govUkNotify().smsTemplateId(), "notify.sms-template-id"));
            case NotificationProperties.NONE -> new NoSmsProvider();
            default -> throw new IllegalStateException("patchwork.notifications.sms-provider must be notify or none, not "
                    + properties.smsProvider());
        };
    }

    @Bean(destroyMethod = "close")
    BoundedCalls boundedCalls(NotificationProperties properties) {
        // Twice the workers, so calls abandoned after a timeout leave room for new ones.
        return new BoundedCalls(properties.dispatch().workers() * 2, properties.dispatch().providerTimeout());
    }

    private static String required(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("patchwork.notifications." + property + " must be set to use GOV.UK Notify");
        }
        return value;
    }
}
