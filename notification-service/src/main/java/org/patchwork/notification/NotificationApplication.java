package org.patchwork.notification;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Email and SMS alerts to professionals, each sent once. */
@SpringBootApplication
public class NotificationApplication {

    // JVM-wide settings the delivery clients rely on, set when this class loads: before the application context
    // creates any client, whether started by main or by a test.
    static {
        // GOV.UK Notify's client uses the JDK's HttpURLConnection, which by default sends a POST once more,
        // silently, when the connection breaks before the answer: a second message if Notify had taken the first.
        // The JDK reads this when its HTTP client class loads, at the first call to Notify.
        System.setProperty("sun.net.http.retryPost", "false");
        // Jakarta Mail 2.1 looks its stream provider up with a ServiceLoader (a scan of every jar) for each
        // multipart message and header it encodes, unless this names the implementation (jakartaee/mail-api#699).
        System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    public static void main(String[] args) {
        SpringApplication.run(NotificationApplication.class, args);
    }
}
