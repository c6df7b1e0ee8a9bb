package ca.pignon.platform;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

import ca.pignon.platform.RouteMatrix.Expectation;
import ca.pignon.platform.RouteMatrix.Route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every form and API parameter of the route matrix, each alone, with a fixed battery of hostile values, sent as a
 * caller the matrix lets through (issue 17, item 7): no answer is a 5xx, none carries a stack trace, no HTML page
 * reflects the HTML payload unescaped, and a refused request (4xx, or a form shown again) writes nothing to the
 * database (every table but the ones requests may write whatever their outcome counts its writes in a trigger).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class FuzzTests {

	static final String HTML = "<script>alert('pignon-fuzz')</script><img src=x onerror=alert(1)>";

	/** The battery: each value is sent, alone, in every parameter. */
	static final List<String> HOSTILE = List.of("a\u0000b", "x".repeat(5_000), "\u202Eedcba\u202C \u05E9\u05DC\u05D5\u05DD",
			"\uD83E\uDD56\uD83D\uDE00\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", HTML,
			"' OR '1'='1'; DROP TABLE platform_account; --", "-1", "99999999999999999999999", "pas-un-nombre",
			"2026-13-45", "../../etc/passwd%00", "");

	/** Tables any request may write, refused or not: the throttles, sessions, Modulith's registry. */
	static final Set<String> WRITTEN_WHATEVER_THE_OUTCOME = Set.of("event_publication", "platform_login_failure",
			"platform_mail_request", "spring_session", "spring_session_attributes");

	/** Caller tried first for each route: the widest access the matrix grants it. */
	static final List<Caller> PREFERENCE = List.of(Caller.ADMIN, Caller.MANAGER, Caller.ADVISOR, Caller.MERCHANT,
			Caller.ANONYMOUS, Caller.CITY);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	final Map<Caller, PignonUser> users = new EnumMap<>(Caller.class);

	@BeforeEach
	void signInOneAccountOfEachRoleAndCountWrites() {
		var accounts = new TestAccounts(context);
		for (Caller caller : Caller.values()) {
			caller.role().ifPresent(role -> users.put(caller, accounts.signedIn(role)));
		}
		jdbc.sql("CREATE TABLE IF NOT EXISTS fuzz_write (id bigserial PRIMARY KEY, table_name text NOT NULL)").update();
		jdbc.sql("""
				CREATE OR REPLACE FUNCTION fuzz_count_write() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN INSERT INTO fuzz_write (table_name) VALUES (TG_TABLE_NAME); RETURN NULL; END $$""").update();
		for (String table : tables()) {
			jdbc.sql("CREATE TRIGGER fuzz_count AFTER INSERT OR UPDATE OR DELETE ON " + table
					+ " FOR EACH ROW EXECUTE FUNCTION fuzz_count_write()").update();
		}
	}

	@AfterEach
	void stopCountingWrites() {
		for (String table : tables()) {
			jdbc.sql("DROP TRIGGER IF EXISTS fuzz_count ON " + table).update();
		}
		jdbc.sql("DROP TABLE IF EXISTS fuzz_write").update();
		jdbc.sql("DROP FUNCTION IF EXISTS fuzz_count_write()").update();
	}

	@Test
	void noHostileValueInAnyParameterBreaksAnythingOrChangesWhatIsStored() throws Exception {
		// given
		Map<String, HandlerMethod> handlers = HandlerInventory.of(context);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		int errors = 0;
		int reflections = 0;
		int refusedWrites = 0;
		int parameters = 0;
		long started = System.nanoTime();
		for (Route route : RouteMatrix.load()) {
			HandlerMethod handler = handlers.get(route.key());
			Optional<Caller> caller = PREFERENCE.stream()
				.filter(candidate -> route.expectationFor(candidate) == Expectation.OK)
				.findFirst();
			if (handler == null || caller.isEmpty() || route.path().startsWith("/actuator")
					|| route.path().startsWith("/v3/api-docs") || route.path().startsWith("/swagger")) {
				continue;
			}
			List<Parameter> inputs = parameters(handler);
			parameters += inputs.size();
			for (Parameter input : inputs) {
				for (String value : HOSTILE) {
					// when
					var request = request(route, caller.get(), input, value);
					long before = writes();
					MvcResult result;
					try {
						result = mvc.perform(request).andReturn();
					}
					catch (Exception ex) {
						failures.add(route + " " + input.name() + "=" + shown(value) + ": threw " + ex);
						errors++;
						requests++;
						continue;
					}
					requests++;
					var response = result.getResponse();
					String body = response.getContentAsString();
					String type = String.valueOf(response.getContentType());
					// then
					if (response.getStatus() >= 500) {
						errors++;
						failures.add(route + " " + input.name() + "=" + shown(value) + ": " + response.getStatus());
					}
					if (body.contains("Exception") || body.contains("\tat ") || body.contains("at org.springframework")
							|| body.contains("at ca.pignon")) {
						failures.add(route + " " + input.name() + "=" + shown(value) + ": a stack trace");
					}
					if (type.startsWith("text/html") && (body.contains("<script>alert('pignon-fuzz')")
							|| body.contains("<img src=x onerror"))) {
						reflections++;
						failures.add(route + " " + input.name() + "=" + shown(value) + ": reflected unescaped");
					}
					if (refused(route, result)) {
						List<String> written = writtenSince(before);
						if (!written.isEmpty() && writesAgain(request)) {
							refusedWrites++;
							failures.add(route + " " + input.name() + "=" + shown(value) + ": refused ("
									+ response.getStatus() + ") but wrote " + written);
						}
					}
				}
			}
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		System.out.printf("FuzzTests: %d parameters, %d values, %d requests in %d s, %d 5xx, %d reflections, "
				+ "%d refused requests that wrote%n", parameters, HOSTILE.size(), requests, seconds, errors, reflections,
				refusedWrites);
		assertThat(parameters).as("parameters found in the route matrix's handlers").isGreaterThan(100);
		assertThat(failures).isEmpty();
	}

	/** A parameter as a request names it, and whether it goes in a JSON body. */
	record Parameter(String name, boolean json) {
	}

	/** Every parameter a handler reads from the request: request parameters, form fields, JSON body fields. */
	static List<Parameter> parameters(HandlerMethod handler) {
		Set<Parameter> found = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			var requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
				if (name != null && !MultipartFile.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)) {
					found.add(new Parameter(name, false));
				}
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class)) {
				fields(type, "", 0).forEach(name -> found.add(new Parameter(name, true)));
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class) || (!BeanUtils.isSimpleProperty(type)
					&& !parameter.hasParameterAnnotation(PathVariable.class)
					&& !parameter.hasParameterAnnotation(RequestHeader.class) && isForm(type))) {
				fields(type, "", 0).forEach(name -> found.add(new Parameter(name, false)));
			}
		}
		return new ArrayList<>(found);
	}

	private static boolean isForm(Class<?> type) {
		String name = type.getName();
		return name.startsWith("ca.pignon.") && !PignonUser.class.isAssignableFrom(type)
				&& !BindingResult.class.isAssignableFrom(type);
	}

	/** The bindable fields of a form class or record, lists of rows as {@code rows[0].field}. */
	private static List<String> fields(Class<?> type, String prefix, int depth) {
		List<String> names = new ArrayList<>();
		if (depth > 2) {
			return names;
		}
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				names.addAll(field(component.getName(), component.getType(), component.getGenericType(), prefix, depth));
			}
			return names;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				names.addAll(field(property.getName(), property.getPropertyType(),
						property.getWriteMethod().getGenericParameterTypes()[0], prefix, depth));
			}
		}
		return names;
	}

	private static List<String> field(String name, Class<?> type, Type generic, String prefix, int depth) {
		if (MultipartFile.class.isAssignableFrom(type)) {
			return List.of();
		}
		if (java.util.Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element
				&& element.getName().startsWith("ca.pignon.") && !element.isEnum()) {
			return fields(element, prefix + name + "[0].", depth + 1);
		}
		if (BeanUtils.isSimpleProperty(type) || Temporal.class.isAssignableFrom(type)
				|| java.util.Collection.class.isAssignableFrom(type) || type == UUID.class) {
			return List.of(prefix + name);
		}
		if (type.getName().startsWith("ca.pignon.")) {
			return fields(type, prefix + name + ".", depth + 1);
		}
		return List.of(prefix + name);
	}

	private MockHttpServletRequestBuilder request(Route route, Caller caller, Parameter input, String value) {
		var request = route.request();
		if (input.json()) {
			request.contentType("application/json")
				.content("{\"" + input.name() + "\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"")
					.replace("\u0000", "\\u0000") + "\"}");
		}
		else {
			request.param(input.name(), value);
		}
		if (route.isUnsafe()) {
			request.with(csrf());
		}
		if (route.isApi()) {
			request.accept("application/json");
		}
		return caller == Caller.ANONYMOUS ? request : request.with(user(users.get(caller)));
	}

	/** Refused: an error status, or a page form shown again (a page form that took the values redirects). */
	private static boolean refused(Route route, MvcResult result) {
		int status = result.getResponse().getStatus();
		return status >= 400 || (route.isUnsafe() && !route.isApi() && status == 200);
	}

	/** Writes after a quiet moment, so that what an earlier accepted request's listeners wrote late is not counted. */
	private boolean writesAgain(MockHttpServletRequestBuilder request) throws Exception {
		Thread.sleep(300);
		long before = writes();
		mvc.perform(request).andReturn();
		return !writtenSince(before).isEmpty();
	}

	private long writes() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM fuzz_write").query(Long.class).single();
	}

	private List<String> writtenSince(long before) {
		return jdbc.sql("SELECT DISTINCT table_name FROM fuzz_write WHERE id > :before")
			.param("before", before)
			.query(String.class)
			.list()
			.stream()
			.filter(table -> !WRITTEN_WHATEVER_THE_OUTCOME.contains(table))
			.toList();
	}

	private List<String> tables() {
		return jdbc.sql("""
				SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
				  AND tablename NOT LIKE 'flyway%' AND tablename <> 'fuzz_write'""").query(String.class).list();
	}

	private static String shown(String value) {
		String visible = value.replace("\u0000", "\\0");
		return visible.length() > 40 ? visible.substring(0, 40) + "…(" + value.length() + ")" : "\"" + visible + "\"";
	}

}
