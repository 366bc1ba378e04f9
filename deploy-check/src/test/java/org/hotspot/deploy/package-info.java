/**
 * Checks of the deployment descriptors: the Kustomize overlays under {@code k8s/} as
 * {@code kubectl kustomize} renders them, {@code docker-compose.yml}, and each service's
 * {@code Dockerfile.jvm}; and of the documentation: README.md's and docs/'s links, and that no file
 * points outside the repository. No application code lives here, and nothing here talks to a cluster.
 */
package org.hotspot.deploy;
