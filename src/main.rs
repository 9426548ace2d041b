// The parser allocates many small strings and vectors per page; jemalloc serves them faster than
// the system allocator on every core (benches/run.sh), at about the same peak memory.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
    std::process::exit(ideas::run(std::env::args_os()));
}
