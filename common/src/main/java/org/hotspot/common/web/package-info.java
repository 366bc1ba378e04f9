/** HTTP plumbing shared by every service: request ids for tracing a call through logs. */
package org.hotspot.common.web;
