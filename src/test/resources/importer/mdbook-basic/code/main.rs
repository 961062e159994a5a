fn main() {
    // ANCHOR: declare
    let x = 5;
    // ANCHOR_END: declare
    // ANCHOR: mutate
    let mut y = 1;
    y += x;
    // ANCHOR_END: mutate
    println!("{y}");
}
