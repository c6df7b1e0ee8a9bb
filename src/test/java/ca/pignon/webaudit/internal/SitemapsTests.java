package ca.pignon.webaudit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kinds of sitemap sites publish, read by crawler-commons, and the same-site test by the public suffix list.
 */
class SitemapsTests {

	private static final URI ADDRESS = URI.create("https://boulangerie.ca/sitemap.xml");

	private static final String URLSET = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
			+ "<url><loc>https://boulangerie.ca/</loc></url><url><loc>https://boulangerie.ca/contact</loc></url></urlset>";

	@Test
	void parsesWithTheParserTheApplicationsClassPathWouldGive() {
		// Sitemaps looks the XML parser up through the platform's class loader: the same parser only while no jar of
		// the application provides another one
		assertThat(java.util.ServiceLoader.load(javax.xml.parsers.SAXParserFactory.class).findFirst())
			.as("a SAXParserFactory provided by a jar on the class path").isEmpty();
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		Class<?> application = javax.xml.parsers.SAXParserFactory.newInstance().getClass();
		thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
		try {
			assertThat(javax.xml.parsers.SAXParserFactory.newInstance().getClass()).isEqualTo(application);
		}
		finally {
			thread.setContextClassLoader(before);
		}
	}

	@Test
	void readsAListOfPages() {
		var reading = Sitemaps.read(answer(URLSET.getBytes(StandardCharsets.UTF_8)), ADDRESS, 1 << 20);
		assertThat(reading.kind()).isEqualTo(Sitemaps.Kind.PAGES);
		assertThat(reading.count()).isEqualTo(2);
	}

	@Test
	void readsAnIndexAndTheSitemapsItNames() {
		String index = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
				+ "<sitemap><loc>https://boulangerie.ca/post-sitemap.xml</loc></sitemap>"
				+ "<sitemap><loc>https://boulangerie.ca/page-sitemap.xml</loc></sitemap></sitemapindex>";
		var reading = Sitemaps.read(answer(index.getBytes(StandardCharsets.UTF_8)), ADDRESS, 1 << 20);
		assertThat(reading.kind()).isEqualTo(Sitemaps.Kind.INDEX);
		assertThat(reading.children()).containsExactly(URI.create("https://boulangerie.ca/post-sitemap.xml"),
				URI.create("https://boulangerie.ca/page-sitemap.xml"));
	}

	@Test
	void readsATextSitemapAndAGzippedOne() throws IOException {
		var text = Sitemaps.read(answer("https://boulangerie.ca/\nhttps://boulangerie.ca/menu\nhttps://boulangerie.ca/contact\n"
			.getBytes(StandardCharsets.UTF_8)), URI.create("https://boulangerie.ca/sitemap.txt"), 1 << 20);
		assertThat(text.kind()).isEqualTo(Sitemaps.Kind.TEXT);
		assertThat(text.count()).isEqualTo(3);
		var gzipped = Sitemaps.read(answer(gzip(URLSET.getBytes(StandardCharsets.UTF_8))),
				URI.create("https://boulangerie.ca/sitemap.xml.gz"), 1 << 20);
		assertThat(gzipped.kind()).isEqualTo(Sitemaps.Kind.PAGES);
		assertThat(gzipped.count()).isEqualTo(2);
	}

	@Test
	void refusesAGzippedSitemapThatInflatesPastTheCapAndAnHtmlPage() throws IOException {
		byte[] bomb = gzip(("<urlset>" + " ".repeat(3_000_000) + "</urlset>").getBytes(StandardCharsets.UTF_8));
		assertThat(bomb.length).isLessThan(10_000);
		assertThat(Sitemaps.read(answer(bomb), ADDRESS, 1 << 20).kind()).isEqualTo(Sitemaps.Kind.INVALID);
		assertThat(Sitemaps.read(answer("<html><body>Accueil</body></html>".getBytes(StandardCharsets.UTF_8)), ADDRESS,
				1 << 20)
			.kind()).isEqualTo(Sitemaps.Kind.INVALID);
	}

	@Test
	void oneSiteIsTheDomainRegisteredUnderAPublicSuffix() {
		assertThat(Crawler.sameSite(URI.create("https://www.boulangerie.ca/a"), URI.create("https://boulangerie.ca/")))
			.isTrue();
		assertThat(Crawler.sameSite(URI.create("https://boutique.boulangerie.qc.ca/"),
				URI.create("https://www.boulangerie.qc.ca/")))
			.isTrue();
		assertThat(Crawler.sameSite(URI.create("https://voisin.myshopify.com/"),
				URI.create("https://boulangerie.myshopify.com/")))
			.isFalse();
		assertThat(Crawler.sameSite(URI.create("https://boulangerie.com/"), URI.create("https://boulangerie.ca/")))
			.isFalse();
		assertThat(Crawler.sameSite(URI.create("http://127.0.0.1:8080/"), URI.create("http://127.0.0.1:9090/")))
			.isTrue();
	}

	private static Answer answer(byte[] body) {
		return new Answer(200, Map.of("content-type", List.of("application/xml")), body, false, body.length);
	}

	private static byte[] gzip(byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(content);
		}
		return out.toByteArray();
	}

}
