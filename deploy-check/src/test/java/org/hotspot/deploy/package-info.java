/**
 * Checks of the deployment descriptors: the Kustomize overlays under {@code k8s/} as
 * {@code kubectl kustomize} renders them, {@code docker-compose.yml}, and each service's
 * {@code Dockerfile.jvm}. No application code lives here, and nothing here talks to a cluster.
 */
package org.hotspot.deploy;
