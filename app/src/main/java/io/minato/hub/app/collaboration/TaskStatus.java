package io.minato.hub.app.collaboration;

/** Where a task (タスク) stands. */
public enum TaskStatus {
    /** 未完了. */
    OPEN,
    /** 完了. */
    DONE,
    /** 取消. */
    CANCELLED
}
