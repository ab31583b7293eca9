package org.workingwin.portal.randomisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermutedBlocksTest {

    @Test
    void every_block_is_balanced_and_the_running_difference_never_exceeds_half_the_largest_block() {
        PermutedBlocks blocks = new PermutedBlocks(new Random(20261123L));
        Set<Integer> sizes = new HashSet<>();
        Set<List<Arm>> orders = new HashSet<>();
        int difference = 0;
        int maxDifference = 0;
        for (int b = 0; b < 10_000; b++) {
            List<Arm> block = blocks.nextBlock();
            sizes.add(block.size());
            orders.add(block);
            assertThat(block.stream().filter(a -> a == Arm.NEW_SERVICE).count() * 2).isEqualTo(block.size());
            for (Arm arm : block) {
                difference += arm == Arm.NEW_SERVICE ? 1 : -1;
                maxDifference = Math.max(maxDifference, Math.abs(difference));
            }
            assertThat(difference).isZero();
        }
        assertThat(sizes).containsExactlyInAnyOrder(2, 4, 6);
        // 2 orders of 2, 6 of 4 and 20 of 6: every permutation occurs, so no order can be guessed.
        assertThat(orders).hasSize(28);
        assertThat(maxDifference).isEqualTo(3);
    }

    @Test
    void the_first_allocation_of_a_block_is_either_arm_about_equally_often() {
        PermutedBlocks blocks = new PermutedBlocks(new Random(7L));
        List<Arm> firsts = new ArrayList<>();
        for (int b = 0; b < 20_000; b++) {
            firsts.add(blocks.nextBlock().getFirst());
        }
        long newService = firsts.stream().filter(a -> a == Arm.NEW_SERVICE).count();
        assertThat(newService).isBetween(9_700L, 10_300L);
    }
}
