//! The binary trunk builds: all it does is start the app from the library, so the library
//! also builds and tests on the host.

fn main() {
    knee_care::start();
}
