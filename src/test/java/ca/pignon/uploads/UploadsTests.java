package ca.pignon.uploads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.security.MessageDigest;
import java.util.HexFormat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A file joins a dossier only when its content is a photo or a PDF of a sensible size; it is kept under a generated
 * name outside the web root and handed back only to the dossier's merchant and to staff.
 */
@SpringBootTest(properties = { "pignon.test.context=uploads", "pignon.uploads.max-size=64KB" })
@AutoConfigureMockMvc
class UploadsTests {

	static final byte[] PNG = Samples.png();

	@Autowired
	UploadManagement uploads;

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Value("${pignon.data-dir}")
	Path dataDir;

	@Test
	void aPhotoSentByItsMerchantIsKeptUnderAGeneratedNameAndGivenBackByteForByte() throws Exception {
		// given
		var merchant = merchantWithApplication();
		// when
		StoredUpload stored = uploads.store(merchant.application().id(), file("../../etc/vitrine.png", PNG),
				merchant.user());
		// then
		assertThat(stored.kind()).isEqualTo(UploadKind.PNG);
		assertThat(stored.originalName()).isEqualTo("vitrine.png");
		assertThat(stored.size()).isEqualTo(PNG.length);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PNG)));
		var content = uploads.open(stored.id(), merchant.user()).orElseThrow();
		assertThat(content.bytes()).isEqualTo(PNG);
		assertThat(jdbc.sql("SELECT bytes FROM uploads_content WHERE id = :id")
			.param("id", stored.id().value())
			.query(byte[].class)
			.single()).as("kept in PostgreSQL under its generated id").isEqualTo(PNG);
		assertThat(uploads.uploadsOf(merchant.application().id())).extracting(StoredUpload::id)
			.containsExactly(stored.id());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "JPEG, photo.jpg", "WEBP, photo.webp", "PDF, facture.pdf" })
	void everyAcceptedKindIsRecognizedByItsContent(UploadKind kind, String name) {
		var merchant = merchantWithApplication();
		StoredUpload stored = uploads.store(merchant.application().id(), file(name, Samples.of(kind)),
				merchant.user());
		assertThat(stored.kind()).isEqualTo(kind);
	}

	@Test
	void anIphonePhotoInHeicIsRefusedWithHowToSendItRatherThanKeptWithItsLocation() {
		var merchant = merchantWithApplication();
		assertThatThrownBy(() -> uploads.store(merchant.application().id(),
				file("IMG_0042.HEIC", Samples.of(UploadKind.HEIC)), merchant.user()))
			.isInstanceOfSatisfying(UploadRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("uploads.refused.heic"));
	}

	@Test
	void aMalformedJpegIsRefusedAsUnreadableNotAServerError() {
		var merchant = merchantWithApplication();
		byte[] broken = java.util.Arrays.copyOf(PhotoWithMetadata.jpeg((short) 1), 300);
		assertThatThrownBy(() -> uploads.store(merchant.application().id(), file("coupee.jpg", broken),
				merchant.user()))
			.isInstanceOfSatisfying(UploadRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("uploads.refused.unreadable"));
	}

	@Test
	void aPhotoLosesItsLocationAndCameraWhenUploadedAndKeepsItsPictureAndOrientation() throws Exception {
		// given a phone's JPEG, turned a quarter, with where and by what it was taken
		var merchant = merchantWithApplication();
		byte[] sent = PhotoWithMetadata.jpeg((short) TiffTagConstants.ORIENTATION_VALUE_ROTATE_90_CW);
		assertThat(PhotoWithMetadata.exifOf(sent).getGpsInfo().getLatitudeAsDegreesNorth())
			.isCloseTo(PhotoWithMetadata.LATITUDE, within(0.001));
		// when
		StoredUpload stored = uploads.store(merchant.application().id(), file("vitrine.jpg", sent), merchant.user());
		// then, read back: no position, no camera, no date; still the picture, still turned
		byte[] kept = uploads.open(stored.id(), merchant.user()).orElseThrow().bytes();
		TiffImageMetadata exif = PhotoWithMetadata.exifOf(kept);
		assertThat(exif).isNotNull();
		assertThat(exif.getGpsInfo()).isNull();
		assertThat(exif.findField(TiffTagConstants.TIFF_TAG_MODEL)).isNull();
		assertThat(exif.findField(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL)).isNull();
		assertThat(exif.findField(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue())
			.isEqualTo(TiffTagConstants.ORIENTATION_VALUE_ROTATE_90_CW);
		assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain(PhotoWithMetadata.CAMERA);
		assertThat(ImageIO.read(new ByteArrayInputStream(kept)).getWidth()).isEqualTo(16);
		assertThat(stored.size()).isEqualTo(kept.length);
		assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(kept)));

		// and a photo upright loses its EXIF altogether
		byte[] upright = uploads.open(uploads.store(merchant.application().id(),
				file("upright.jpg", PhotoWithMetadata.jpeg((short) TiffTagConstants.ORIENTATION_VALUE_HORIZONTAL_NORMAL)),
				merchant.user()).id(), merchant.user()).orElseThrow().bytes();
		assertThat(PhotoWithMetadata.exifOf(upright)).isNull();
	}

	@Test
	void aPngLosesItsTextAndExifChunksAndAWebPItsExifAndXmpChunks() throws Exception {
		var merchant = merchantWithApplication();
		byte[] png = uploads.open(uploads.store(merchant.application().id(), file("vitrine.png", PhotoWithMetadata.png()),
				merchant.user()).id(), merchant.user()).orElseThrow().bytes();
		assertThat(png).as("the picture's chunks, byte for byte").isEqualTo(PNG);
		assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(8);

		byte[] webp = uploads.open(uploads.store(merchant.application().id(), file("vitrine.webp",
				PhotoWithMetadata.webp()), merchant.user()).id(), merchant.user()).orElseThrow().bytes();
		String text = new String(webp, StandardCharsets.ISO_8859_1);
		assertThat(text).startsWith("RIFF").contains("WEBPVP8X", "VP8L").doesNotContain("EXIF", "XMP ",
				PhotoWithMetadata.CAMERA);
		assertThat(ByteBuffer.wrap(webp, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt()).isEqualTo(webp.length - 8);
		assertThat(webp[20] & 0x0C).as("the header no longer announces EXIF nor XMP").isZero();
	}

	@Test
	void aPhotoWhoseMetadataCannotBeReadIsRefused() {
		var merchant = merchantWithApplication();
		byte[] broken = Arrays.copyOf(PhotoWithMetadata.png(), 40);
		assertThatThrownBy(() -> uploads.store(merchant.application().id(), file("coupee.png", broken),
				merchant.user()))
			.isInstanceOfSatisfying(UploadRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("uploads.refused.unreadable"));
	}

	@Test
	void aFileNamedLikeAPhotoButHoldingAPageIsRefusedAndNothingIsKept() {
		// given
		var merchant = merchantWithApplication();
		byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		int filesBefore = filesOnDisk();
		// when / then
		assertThatThrownBy(() -> uploads.store(merchant.application().id(), file("photo.jpg", page), merchant.user()))
			.isInstanceOfSatisfying(UploadRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("uploads.refused.kind"));
		assertThat(uploads.uploadsOf(merchant.application().id())).isEmpty();
		assertThat(filesOnDisk()).isEqualTo(filesBefore);
	}

	@Test
	void aFileOverTheLimitIsRefusedWithTheLimitInItsMessage() {
		var merchant = merchantWithApplication();
		byte[] large = Arrays.copyOf(PNG, 64 * 1024 + 1);
		assertThatThrownBy(() -> uploads.store(merchant.application().id(), file("grande.png", large), merchant.user()))
			.isInstanceOfSatisfying(UploadRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("uploads.refused.tooLarge");
				assertThat(refused.arguments()).containsExactly(64 / 1024.0);
			});
		// exactly at the limit is accepted
		byte[] atLimit = Arrays.copyOf(PNG, 64 * 1024);
		assertThat(uploads.store(merchant.application().id(), file("juste.png", atLimit), merchant.user()).size())
			.isEqualTo(64 * 1024);
	}

	@Test
	void anEmptyFileIsRefused() {
		var merchant = merchantWithApplication();
		assertThatThrownBy(() -> uploads.store(merchant.application().id(), file("vide.pdf", new byte[0]),
				merchant.user()))
			.isInstanceOfSatisfying(UploadRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("uploads.refused.empty"));
	}

	@Test
	void onlyTheDossiersMerchantItsAdvisorAndManagersSeeAFile() {
		// given a merchant followed by an advisor
		var fixture = new DiagnosticFixture(context);
		PignonUser advisor = fixture.staff("Marc Tremblay", Role.ADVISOR);
		ApplicationDetails application = fixture.retained(advisor, "Boulangerie du Parvis").get(0);
		PignonUser owner = fixture.merchantUser(application);
		var otherMerchant = merchantWithApplication();
		StoredUpload stored = uploads.store(application.id(), file("vitrine.png", PNG), owner);
		// then
		assertThat(uploads.open(stored.id(), owner)).isPresent();
		assertThat(uploads.open(stored.id(), advisor)).isPresent();
		assertThat(uploads.open(stored.id(), staff(Role.MANAGER))).isPresent();
		assertThat(uploads.open(stored.id(), staff(Role.ADVISOR))).as("another advisor").isEmpty();
		assertThat(uploads.open(stored.id(), otherMerchant.user())).isEmpty();
		assertThat(uploads.open(stored.id(), staff(Role.CITY))).isEmpty();
	}

	@Test
	void aMerchantCannotAttachAFileToAnotherMerchantsDossier() {
		var owner = merchantWithApplication();
		var intruder = merchantWithApplication();
		assertThatThrownBy(() -> uploads.store(owner.application().id(), file("x.png", PNG), intruder.user()))
			.isInstanceOfSatisfying(UploadRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("uploads.refused.notYours"));
		assertThat(uploads.uploadsOf(owner.application().id())).isEmpty();
	}

	@Test
	void aDeletedFileLosesItsBytesToo() {
		var merchant = merchantWithApplication();
		StoredUpload stored = uploads.store(merchant.application().id(), file("vitrine.png", PNG), merchant.user());
		assertThat(uploads.delete(stored.id(), merchant.user())).isTrue();
		assertThat(uploads.open(stored.id(), merchant.user())).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM uploads_content WHERE id = :id")
			.param("id", stored.id().value())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aPhotoIsSentBackAsItsContentProvedInASandboxAndAPdfAsADownload() throws Exception {
		// given
		var merchant = merchantWithApplication();
		StoredUpload photo = uploads.store(merchant.application().id(), file("vitrine.txt", PNG), merchant.user());
		StoredUpload pdf = uploads.store(merchant.application().id(), file("plan.pdf", Samples.of(UploadKind.PDF)),
				merchant.user());
		// when
		MvcResult shown = mvc.perform(get("/uploads/" + photo.id()).with(user(merchant.user()))).andReturn();
		MvcResult downloaded = mvc.perform(get("/uploads/" + pdf.id()).with(user(staff(Role.MANAGER)))).andReturn();
		// then
		assertThat(shown.getResponse().getStatus()).isEqualTo(200);
		assertThat(shown.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(shown.getResponse().getContentAsByteArray()).isEqualTo(PNG);
		assertThat(shown.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(shown.getResponse().getHeader("Content-Security-Policy")).startsWith("sandbox");
		assertThat(shown.getResponse().getHeader("Content-Disposition")).startsWith("inline");
		assertThat(shown.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(downloaded.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(downloaded.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("plan.pdf");
	}

	@Test
	void anotherMerchantGetsTheSameNotFoundAsForAFileThatDoesNotExist() throws Exception {
		var owner = merchantWithApplication();
		var other = merchantWithApplication();
		StoredUpload photo = uploads.store(owner.application().id(), file("vitrine.png", PNG), owner.user());
		MvcResult forOther = mvc.perform(get("/uploads/" + photo.id()).with(user(other.user()))).andReturn();
		MvcResult unknown = mvc.perform(get("/uploads/" + java.util.UUID.randomUUID()).with(user(owner.user())))
			.andReturn();
		MvcResult garbage = mvc.perform(get("/uploads/pas-un-identifiant").with(user(owner.user()))).andReturn();
		assertThat(forOther.getResponse().getStatus()).isEqualTo(404);
		assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
		assertThat(garbage.getResponse().getStatus()).isEqualTo(404);
		assertThat(forOther.getResponse().getContentAsByteArray()).isNotEqualTo(PNG);
	}

	@Test
	void namesAreCleanedForDisplayOnly() {
		assertThat(UploadManagement.cleanName("C:\\Users\\rosalie\\Mes photos\\enseigne.jpg", UploadKind.JPEG))
			.isEqualTo("enseigne.jpg");
		assertThat(UploadManagement.cleanName("a\u0000b<c>.pdf", UploadKind.PDF)).isEqualTo("abc.pdf");
		assertThat(UploadManagement.cleanName("..", UploadKind.PDF)).isEqualTo("document.pdf");
		assertThat(UploadManagement.cleanName("x".repeat(300) + ".png", UploadKind.PNG)).hasSize(120);
	}

	record Merchant(ApplicationDetails application, PignonUser user) {
	}

	Merchant merchantWithApplication() {
		var fixture = ApplicationFixture.anApplication(intake);
		ApplicationDetails application = fixture.submit();
		return new Merchant(application, (PignonUser) users.loadUserByUsername(fixture.email()));
	}

	PignonUser staff(Role role) {
		String email = ApplicationFixture.uniqueEmail("equipe");
		StaffFixture.staffMember(accounts, jdbc, email, "Équipe " + role, role);
		return (PignonUser) users.loadUserByUsername(email);
	}

	int filesOnDisk() {
		try (var walk = Files.walk(dataDir.resolve("uploads"))) {
			return (int) walk.filter(Files::isRegularFile).count();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	static UploadedFile file(String name, byte[] bytes) {
		return new UploadedFile() {
			@Override
			public String originalName() {
				return name;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}
		};
	}

}
