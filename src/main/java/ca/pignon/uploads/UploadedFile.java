package ca.pignon.uploads;

import java.io.IOException;
import java.io.InputStream;

/**
 * What a form received: the name on the sender's device and a way to read the bytes. The declared media type is left
 * out on purpose: only the content decides.
 */
public interface UploadedFile {

	String originalName();

	InputStream open() throws IOException;

}
