/**
 * The tasks extension ({@code io.modelcontextprotocol/tasks}): tool calls that run in the background
 * and are polled with {@code tasks/get}, answered with {@code tasks/update} and cancelled with
 * {@code tasks/cancel}. All task state lives in the {@link dev.mcphex.ports.driven.TaskStore}.
 */
package dev.mcphex.domain.tasks;
