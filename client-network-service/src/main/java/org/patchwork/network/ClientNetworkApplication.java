package org.patchwork.network;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Clients and the team around each: who supports them, seen only by the team's members. */
@SpringBootApplication
public class ClientNetworkApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClientNetworkApplication.class, args);
    }
}
