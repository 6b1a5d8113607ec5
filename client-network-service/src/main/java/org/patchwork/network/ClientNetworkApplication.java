package org.patchwork.network;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** Clients and the team around each: who supports them, seen only by the team's members. */
@SpringBootApplication
@EnableFeignClients
public class ClientNetworkApplication {

    // Feign calls the directory and the schedule through the JDK's HttpURLConnection, which keeps at most 5 idle
    // connections to each server by default: under load most calls would open a new connection. Set when this
    // class loads, before any call, whether started by main or by a test.
    static {
        System.setProperty("http.maxConnections", "50");
    }

    public static void main(String[] args) {
        SpringApplication.run(ClientNetworkApplication.class, args);
    }
}
