package org.patchwork.network.config;

import org.patchwork.network.overview.ScheduleClient;
import org.patchwork.network.professional.DirectoryClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NetworkProperties.class)
@EnableFeignClients(clients = {DirectoryClient.class, ScheduleClient.class})
class NetworkConfiguration {
}
