fn main() {
    std::process::exit(ideas::run(std::env::args_os()));
}
