package ca.pignon.privacy.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the access log's recording around every request. */
@Configuration(proxyBeanMethods = false)
class PrivacyWebConfiguration implements WebMvcConfigurer {

	private final AccessRecording recording;

	PrivacyWebConfiguration(AccessRecording recording) {
		this.recording = recording;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(recording);
	}

}
