package org.patchwork.identity.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Relays every TCP connection made to a fixed local port to another address, each direction on its own virtual
 * thread, until either side closes.
 */
final class PortForward {

    private PortForward() {
    }

    static void start(int localPort, String targetHost, int targetPort) {
        ServerSocket listener;
        try {
            listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort));
        } catch (IOException e) {
            throw new UncheckedIOException("Port " + localPort + " is taken; is another identity test run going?", e);
        }
        Thread.ofVirtual().name("forward-" + localPort).start(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    Socket target = new Socket(targetHost, targetPort);
                    relay(client, target);
                    relay(target, client);
                } catch (IOException acceptOrConnectFailed) {
                    // The client sees its connection close and retries, as it would against a broker.
                }
            }
        });
    }

    private static void relay(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (from; to) {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException closed) {
                // One side closed: closing both ends the other direction too.
            }
        });
    }
}
