package org.patchwork.notification.delivery;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Email over SMTP, HTML with a plain-text alternative. SMTP cannot be asked whether it already took a message, so
 * a message sent again after an attempt whose answer was lost keeps the Message-ID of the first (derived from the
 * notification's id): it can be recognised as the same message, and mail stores that keep one copy per Message-ID
 * show it once; others show it twice.
 */
class SmtpEmailProvider implements EmailProvider {

    static final String NOTIFICATION_ID_HEADER = "X-Patchwork-Notification-Id";

    private final JavaMailSender mail;
    private final MailTemplates templates;
    private final String from;
    private final String messageIdDomain;

    SmtpEmailProvider(JavaMailSender mail, MailTemplates templates, String from) {
        this.mail = mail;
        this.templates = templates;
        this.from = from;
        this.messageIdDomain = domainOf(from);
    }

    @Override
    public String provider() {
        return "smtp";
    }

    @Override
    public DeliveryOutcome send(String to, OutgoingNotification notification) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(notification.subject());
            helper.setText(templates.text(notification), templates.html(notification));
            message.setHeader(NOTIFICATION_ID_HEADER, notification.id().toString());
            // Spring keeps a Message-ID set before sending, rather than generating a new one per attempt.
            message.setHeader("Message-ID", "<" + notification.id() + "@" + messageIdDomain + ">");
            mail.send(message);
            return new DeliveryOutcome.Sent(message.getMessageID());
        } catch (MailAuthenticationException e) {
            return new DeliveryOutcome.Temporary("SMTP refused our credentials: " + e.getMessage());
        } catch (MailParseException | MailPreparationException e) {
            return new DeliveryOutcome.Permanent("The email could not be built: " + e.getMessage());
        } catch (MailSendException e) {
            boolean addressRefused = e.getFailedMessages().values().stream()
                    .anyMatch(failure -> failure instanceof SendFailedException sendFailed
                            && sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0);
            return addressRefused
                    ? new DeliveryOutcome.Permanent("The SMTP server refused the address")
                    : new DeliveryOutcome.Temporary("SMTP failed: " + e.getMessage());
        } catch (MailException e) {
            return new DeliveryOutcome.Temporary("SMTP failed: " + e.getMessage());
        } catch (jakarta.mail.MessagingException e) {
            return new DeliveryOutcome.Permanent("The email could not be built: " + e.getMessage());
        }
    }

    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException e) {
            throw new IllegalStateException("patchwork.notifications.mail-from is not an email address: " + from, e);
        }
    }
}
