/**
 * ModelArts clients: {@link io.hcsdk.modelarts.ModelArtsClient}, the families of a project
 * ({@link io.hcsdk.modelarts.ModelArtsProject}) and the handles that wait. Every operation has a
 * blocking and an {@code Async} form; requests are validated before anything is sent.
 */
package io.hcsdk.modelarts;
