package org.workingwin.portal.randomisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Randomly permuted blocks for 1:1 allocation: each block holds equal numbers of both arms in random
 * order, and its size is drawn from {@link #BLOCK_SIZES}, so that the next allocation cannot be
 * guessed from the ones before. Within a stratum the arms never differ by more than half the largest
 * block, and they are equal at the end of every block.
 */
public final class PermutedBlocks {

    public static final int[] BLOCK_SIZES = {2, 4, 6};

    private final RandomGenerator random;

    public PermutedBlocks(RandomGenerator random) {
        this.random = random;
    }

    /** The next block, already shuffled. */
    public List<Arm> nextBlock() {
        int size = BLOCK_SIZES[random.nextInt(BLOCK_SIZES.length)];
        List<Arm> block = new ArrayList<>(size);
        for (int i = 0; i < size / 2; i++) {
            block.add(Arm.NEW_SERVICE);
            block.add(Arm.CONTROL);
        }
        Collections.shuffle(block, random);
        return block;
    }
}
