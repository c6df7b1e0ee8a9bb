package ca.pignon.platform;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class PlatformConfiguration implements WebMvcConfigurer {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	@Bean
	Clock clock() {
		return new PinnableClock(Clock.systemUTC());
	}

	@Bean
	LocaleResolver localeResolver() {
		return new PignonLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
