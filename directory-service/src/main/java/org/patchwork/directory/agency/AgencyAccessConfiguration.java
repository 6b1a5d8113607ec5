package org.patchwork.directory.agency;

import java.time.Clock;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AgencyAccessConfiguration implements WebMvcConfigurer {

    private final AgencyRepository agencies;
    private final Clock clock;

    AgencyAccessConfiguration(AgencyRepository agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AgencyAccessInterceptor(agencies, clock)).addPathPatterns("/api/directory/**");
    }
}
