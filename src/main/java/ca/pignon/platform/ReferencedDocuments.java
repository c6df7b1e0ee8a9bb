package ca.pignon.platform;

/**
 * The versions a document is checked against when it is published: the published version of each kind it refers to,
 * or the candidate a manager is about to publish in its place. (A generic method: implemented by classes, not lambdas.)
 */
public interface ReferencedDocuments {

	<R> R get(DocumentKey<R> key);

}
