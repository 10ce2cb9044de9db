/**
 * The tasks extension ({@code io.modelcontextprotocol/tasks}): tool calls that run in the background
 * and are polled with {@code tasks/get}, answered with {@code tasks/update} and cancelled with
 * {@code tasks/cancel}; and, for legacy sessions at 2025-11-25, that revision's experimental tasks
 * ({@code tasks/get}, {@code tasks/result}, {@code tasks/list}, {@code tasks/cancel}, see {@link
 * dev.mcphex.domain.tasks.LegacyTasks}). All task state lives in the {@link dev.mcphex.ports.driven.TaskStore}.
 */
package dev.mcphex.domain.tasks;
