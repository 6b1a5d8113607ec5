package org.patchwork.directory.agency;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AgencyAccessConfiguration implements WebMvcConfigurer {

    private final AgencyRepository agencies;

    AgencyAccessConfiguration(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AgencyAccessInterceptor(agencies)).addPathPatterns("/api/directory/**");
    }
}
