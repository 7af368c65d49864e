//! Puts the async-openai crate in front of the imagegen-conformance runner, speaking harness protocol v1 (NDJSON over
//! stdio; docs/protocol.md and README.md) for the one entry named on the command line.

mod answer;
#[cfg(test)]
mod bench_tests;
mod client;
mod entry;
mod helper;
mod input;
mod json_text;
mod limits;
mod panics;
mod protocol;
mod received;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args == ["--entries"] {
        println!("{}", protocol::entries_answer());
        return;
    }
    let Some(entry) = (match args.as_slice() {
        [name] => entry::find(name),
        _ => None,
    }) else {
        eprintln!("usage: harness-async-openai --entries | <entry>, the entry one of: {}", entry::names().join(", "));
        std::process::exit(2);
    };
    panics::install();
    let code = protocol::serve(entry, std::io::stdin().lock(), std::io::stdout().lock(), &mut std::io::stderr());
    std::process::exit(code);
}
