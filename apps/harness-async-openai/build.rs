//! The SDK's version as Cargo.lock resolved it, for hello and `--entries`: the pin in this directory's lock, the
//! release a sweep's build locked in its copy. Read from the lock the build used, never written beside it.
fn main() {
    println!("cargo:rerun-if-changed=Cargo.lock");
    let lock = std::fs::read_to_string("Cargo.lock").expect("build.rs: Cargo.lock is next to Cargo.toml");
    let version = lock
        .split("[[package]]")
        .find_map(|package| {
            let mut lines = package.lines().map(str::trim).filter(|line| !line.is_empty());
            (lines.next()? == "name = \"async-openai\"").then(|| lines.next()?.strip_prefix("version = \"")?.strip_suffix('"').map(str::to_owned))?
        })
        .expect("build.rs: Cargo.lock locks no async-openai");
    println!("cargo:rustc-env=SDK_VERSION={version}");
}
