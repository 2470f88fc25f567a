# Generated from chapters/en/preliminaries/ndarray.md by `make examples`; do not edit.
# Run it: python examples/preliminaries/ndarray.py

# %% [1] chapters/en/preliminaries/ndarray.md:24
import mxnet as mx
import numpy as np
from mxnet import nd

mx.random.seed(7)
np.random.seed(7)

# %% [2] chapters/en/preliminaries/ndarray.md:39
v = nd.arange(10)
v
# Out:
#
# [0. 1. 2. 3. 4. 5. 6. 7. 8. 9.]
# <NDArray 10 @cpu(0)>

# %% [3] chapters/en/preliminaries/ndarray.md:47
v.shape, v.size
# Out:
# ((10,), 10)

# %% [4] chapters/en/preliminaries/ndarray.md:55
M = v.reshape((2, 5))
print(M)
print(v.reshape((5, -1)).shape)
# Out:
#
# [[0. 1. 2. 3. 4.]
#  [5. 6. 7. 8. 9.]]
# <NDArray 2x5 @cpu(0)>
# (5, 2)

# %% [5] chapters/en/preliminaries/ndarray.md:64
nd.zeros((2, 2, 3))
# Out:
#
# [[[0. 0. 0.]
#   [0. 0. 0.]]
#
#  [[0. 0. 0.]
#   [0. 0. 0.]]]
# <NDArray 2x2x3 @cpu(0)>

# %% [6] chapters/en/preliminaries/ndarray.md:68
nd.ones((3, 2))
# Out:
#
# [[1. 1.]
#  [1. 1.]
#  [1. 1.]]
# <NDArray 3x2 @cpu(0)>

# %% [7] chapters/en/preliminaries/ndarray.md:74
A = nd.array([[1, 2, 3], [4, 5, 6]])
A
# Out:
#
# [[1. 2. 3.]
#  [4. 5. 6.]]
# <NDArray 2x3 @cpu(0)>

# %% [8] chapters/en/preliminaries/ndarray.md:82
nd.random.normal(0, 1, shape=(2, 3))
# Out:
#
# [[ 0.80284    -0.83998173 -1.001695  ]
#  [ 0.72278     0.66324365  1.5486163 ]]
# <NDArray 2x3 @cpu(0)>

# %% [9] chapters/en/preliminaries/ndarray.md:92
B = nd.array([[2, 2, 2], [1, 0.5, 0.25]])
print(A + B)
print(A * B)
print(A / B)
# Out:
#
# [[3.   4.   5.  ]
#  [5.   5.5  6.25]]
# <NDArray 2x3 @cpu(0)>
#
# [[2.  4.  6. ]
#  [4.  2.5 1.5]]
# <NDArray 2x3 @cpu(0)>
#
# [[ 0.5  1.   1.5]
#  [ 4.  10.  24. ]]
# <NDArray 2x3 @cpu(0)>

# %% [10] chapters/en/preliminaries/ndarray.md:101
nd.exp(B)
# Out:
#
# [[7.389056  7.389056  7.389056 ]
#  [2.7182817 1.6487212 1.2840254]]
# <NDArray 2x3 @cpu(0)>

# %% [11] chapters/en/preliminaries/ndarray.md:109
nd.dot(A, B.T)
# Out:
#
# [[12.    2.75]
#  [30.    8.  ]]
# <NDArray 2x2 @cpu(0)>

# %% [12] chapters/en/preliminaries/ndarray.md:116
print(nd.concat(A, B, dim=0))
print(nd.concat(A, B, dim=1))
# Out:
#
# [[1.   2.   3.  ]
#  [4.   5.   6.  ]
#  [2.   2.   2.  ]
#  [1.   0.5  0.25]]
# <NDArray 4x3 @cpu(0)>
#
# [[1.   2.   3.   2.   2.   2.  ]
#  [4.   5.   6.   1.   0.5  0.25]]
# <NDArray 2x6 @cpu(0)>

# %% [13] chapters/en/preliminaries/ndarray.md:124
A > B
# Out:
#
# [[0. 0. 1.]
#  [1. 1. 1.]]
# <NDArray 2x3 @cpu(0)>

# %% [14] chapters/en/preliminaries/ndarray.md:132
print(A.sum())
print(A.norm().asscalar())
# Out:
#
# [21.]
# <NDArray 1 @cpu(0)>
# 9.5393915

# %% [15] chapters/en/preliminaries/ndarray.md:143
col = nd.arange(3).reshape((3, 1))
row = nd.arange(2).reshape((1, 2))
col, row
# Out:
# (
#  [[0.]
#   [1.]
#   [2.]]
#  <NDArray 3x1 @cpu(0)>,
#
#  [[0. 1.]]
#  <NDArray 1x2 @cpu(0)>)

# %% [16] chapters/en/preliminaries/ndarray.md:151
col + row
# Out:
#
# [[0. 1.]
#  [1. 2.]
#  [2. 3.]]
# <NDArray 3x2 @cpu(0)>

# %% [17] chapters/en/preliminaries/ndarray.md:175
print(A[1])
print(A[:, 1:])
# Out:
#
# [4. 5. 6.]
# <NDArray 3 @cpu(0)>
#
# [[2. 3.]
#  [5. 6.]]
# <NDArray 2x2 @cpu(0)>

# %% [18] chapters/en/preliminaries/ndarray.md:183
C = A.copy()
C[0, 2] = 30
C[1, :] = -1
C
# Out:
#
# [[ 1.  2. 30.]
#  [-1. -1. -1.]]
# <NDArray 2x3 @cpu(0)>

# %% [19] chapters/en/preliminaries/ndarray.md:197
P = nd.ones((2, 2))
Q = nd.arange(4).reshape((2, 2))
before = id(Q)
Q = Q + P
id(Q) == before
# Out:
# False

# %% [20] chapters/en/preliminaries/ndarray.md:209
R = Q.zeros_like()
before = id(R)
R[:] = Q + P
id(R) == before
# Out:
# True

# %% [21] chapters/en/preliminaries/ndarray.md:220
nd.elemwise_add(Q, P, out=R)
id(R) == before
# Out:
# True

# %% [22] chapters/en/preliminaries/ndarray.md:229
before = id(Q)
Q += P
id(Q) == before
# Out:
# True

# %% [23] chapters/en/preliminaries/ndarray.md:240
D = np.array([[1.5, 2.5], [3.5, 4.5]])
E = nd.array(D)
F = E.asnumpy()
type(E), type(F)
# Out:
# (mxnet.ndarray.ndarray.NDArray, numpy.ndarray)

# %% [24] chapters/en/preliminaries/ndarray.md:251
F[0, 0] = 100
print(F)
print(E)
# Out:
# [[100.    2.5]
#  [  3.5   4.5]]
#
# [[1.5 2.5]
#  [3.5 4.5]]
# <NDArray 2x2 @cpu(0)>
