//! Panics, recorded as they happen. The SDK reads a stream in a task it spawns (tokio::spawn in create_stream); a
//! panic there is caught by tokio and the user's stream just ends, so the hook is the only place that sees it. Per
//! thread: a current-thread runtime polls its tasks on the thread that runs the case.

use std::cell::RefCell;
use std::panic::PanicHookInfo;

thread_local! {
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Records each panic's message and where it happened, then prints it to stderr as Rust does. Once per process.
pub fn install() {
    let print = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        LAST.with(|last| last.replace(Some(describe(info))));
        print(info);
    }));
}

/// The panic recorded since the last call, if any.
pub fn take() -> Option<String> {
    LAST.with(RefCell::take)
}

/// "at file:line: message": where first, as a message may quote a whole body (and be cut to the runner's limit).
fn describe(info: &PanicHookInfo) -> String {
    let payload = info.payload();
    let said = payload.downcast_ref::<&str>().map(|text| text.to_string()).or_else(|| payload.downcast_ref::<String>().cloned());
    let at = info.location().map(|at| format!("at {}:{}: ", in_crate(at.file()), at.line())).unwrap_or_default();
    format!("{at}{}", said.unwrap_or_else(|| "(no message)".into()))
}

/// A dependency's file from its crate directory on (`eventsource-stream-0.2.3/src/event_stream.rs`), not from the
/// machine's cargo registry.
fn in_crate(file: &str) -> &str {
    match file.find("/registry/src/") {
        Some(at) => file[at + "/registry/src/".len()..].split_once('/').map_or(file, |(_, rest)| rest),
        None => file,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_a_dependency_by_its_crate() {
        assert_eq!(
            super::in_crate("/home/u/.cargo/registry/src/index.example-1/eventsource-stream-0.2.3/src/event_stream.rs"),
            "eventsource-stream-0.2.3/src/event_stream.rs"
        );
        assert_eq!(super::in_crate("src/client.rs"), "src/client.rs");
    }
}
