import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Releases installed from the registry for the tests, kept between runs (as a user's cache would be), and shared by
 * the tests that sweep: they pay for each install once.
 */
export const releaseCache = join(process.env.IMAGEGEN_CONFORMANCE_CACHE ?? join(tmpdir(), "imagegen-conformance-cache"), "test-sweep");

// 0.10.2 still has the seed's names; 0.11.2 renamed them: a timeline across a rename.
export const sweptReleases = "0.10.2,0.11.2";
