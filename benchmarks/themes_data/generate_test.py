# ruff: noqa: E501  (the authored report sentences are data: one per line)
"""Generate the theme benchmark's held-out set: invented districts and communes of another invented
province (tỉnh Lâm Giang) reporting on another programme (building new-style countryside, "xây dựng
nông thôn mới", year 2026).

Written before any tuning of :mod:`nq35cls.themes` against it, and never tuned on: it tells whether
what was tuned on the first set (``generate.py``, digital transformation) holds on other words. Every
sentence below was written for this benchmark; the same structure as the first set (planted points
with several phrasings, distractors that share words with a planted point but not its point,
singletons), none of its sentences.

    python benchmarks/themes_data/generate_test.py       # rewrites reports_test/*.txt and *.jsonl (seed 53)
"""

from __future__ import annotations

from pathlib import Path

from generate import Programme, write_reports

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports_test"
N_REPORTS = 42
SEED = 53

RESULTS: dict[str, list[str]] = {
    "R_datchuan": [
        "Trong năm có thêm {k} xã được công nhận đạt chuẩn nông thôn mới, nâng tổng số lên {n} xã.",
        "Số xã đạt chuẩn nông thôn mới của {unit} đến cuối năm là {n}, trong đó {k} xã đạt chuẩn nâng cao.",
        "Hội đồng thẩm định của tỉnh đã xét, công nhận {k} xã hoàn thành 19 tiêu chí nông thôn mới.",
        "Bình quân mỗi xã đạt {x} tiêu chí; {k} xã về đích nông thôn mới theo đúng lộ trình đăng ký.",
    ],
    "R_giaothong": [
        "Cứng hóa {x} km đường trục thôn, ngõ xóm bằng bê tông xi măng.",
        "Hệ thống đường giao thông nông thôn được mở rộng, bê tông hóa thêm {x} km đường liên thôn và đường nội đồng.",
        "Nhân dân và Nhà nước cùng làm đã đổ bê tông {x} km đường ngõ, xóm; {p}% đường thôn được cứng hóa, sạch sẽ, không lầy lội vào mùa mưa.",
        "Tỉnh hỗ trợ {m} tấn xi măng, người dân góp ngày công làm {x} km đường làng, đường ra đồng.",
    ],
    "R_nuocsach": [
        "Tỷ lệ hộ dân sử dụng nước sinh hoạt hợp vệ sinh đạt {p}%, trong đó nước sạch theo quy chuẩn đạt {low}%.",
        "Đưa vào vận hành {k} công trình cấp nước tập trung, cung cấp nước sạch cho {m} hộ gia đình.",
        "Nước máy đã về tới {n} thôn, bà con không còn phải dùng nước giếng khoan nhiễm phèn.",
        "Số hộ được dùng nước sạch tăng lên {m} hộ nhờ nhà máy nước liên xã mới hoàn thành.",
    ],
    "R_thunhap": [
        "Thu nhập bình quân đầu người khu vực nông thôn đạt {x} triệu đồng/người/năm, tăng so với năm trước.",
        "Đời sống vật chất của người dân nâng lên rõ rệt, thu nhập bình quân đạt {x} triệu đồng mỗi người một năm.",
        "Mức thu nhập của cư dân nông thôn năm 2026 ước đạt {x} triệu đồng một người, vượt chỉ tiêu Nghị quyết đề ra.",
    ],
    "R_hongheo": [
        "Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn {low}%, giảm {k} hộ so với đầu năm.",
        "Công tác giảm nghèo đạt kết quả tích cực: {m} hộ thoát nghèo, số hộ nghèo còn lại chiếm {low}%.",
        "Nhờ được hỗ trợ sinh kế, {k} hộ nghèo và cận nghèo đã vươn lên thoát nghèo bền vững.",
        "Hộ nghèo trên địa bàn giảm mạnh, chỉ còn {low}% dân số, không còn hộ nghèo thuộc diện chính sách người có công.",
    ],
    "R_truong": [
        "Có thêm {k} trường được công nhận đạt chuẩn quốc gia, nâng tỷ lệ trường chuẩn lên {p}%.",
        "Cơ sở vật chất trường lớp được đầu tư đồng bộ; {n} trường mầm non, tiểu học, trung học cơ sở đạt chuẩn quốc gia.",
        "Xây mới {k} phòng học kiên cố, các điểm trường lẻ được sáp nhập, trường đạt chuẩn quốc gia chiếm {p}%.",
    ],
    "R_moitruong": [
        "Thu gom, xử lý rác thải sinh hoạt đạt {p}%, các thôn đều có tổ vệ sinh môi trường.",
        "Phong trào trồng hoa, cây xanh ven đường được nhân dân hưởng ứng: {x} km đường hoa, {m} cây bóng mát đã trồng.",
        "Cảnh quan nông thôn xanh, sạch, đẹp; {p}% hộ gia đình phân loại rác tại nguồn và ủ phân hữu cơ từ rác.",
        "Môi trường khu dân cư chuyển biến tốt, rác thải được thu gom hằng tuần về bãi xử lý tập trung.",
    ],
    "R_thuyloi": [
        "Kiên cố hóa {x} km kênh mương nội đồng, bảo đảm tưới chủ động cho {p}% diện tích lúa.",
        "Hệ thống thủy lợi được nâng cấp, {k} trạm bơm điện mới phục vụ tưới tiêu cho cánh đồng.",
        "Nạo vét, xây lát {x} km mương thủy lợi, nước về ruộng kịp thời vụ.",
    ],
    "R_vanhoa": [
        "{p}% thôn có nhà văn hóa và khu thể thao đạt chuẩn, là nơi sinh hoạt cộng đồng của bà con.",
        "Xây mới, sửa chữa {k} nhà văn hóa thôn, trang bị âm thanh, bàn ghế phục vụ hội họp.",
        "Thiết chế văn hóa cơ sở hoàn thiện; {p}% hộ đạt danh hiệu gia đình văn hóa, {n} thôn đạt khu dân cư văn hóa.",
    ],
    "R_bhyt": [
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt {p}%, vượt chỉ tiêu.",
        "Bảo hiểm y tế được mở rộng, {p}% dân số có thẻ, nhiều hộ cận nghèo được hỗ trợ mua thẻ.",
        "Đã có {big} người tham gia bảo hiểm y tế, chiếm {p}% dân số của {unit}.",
    ],
    "R_sanxuat": [
        "Hình thành {k} chuỗi liên kết sản xuất và tiêu thụ lúa, rau, chè giữa hợp tác xã và doanh nghiệp.",
        "Chuyển đổi {x} ha đất lúa kém hiệu quả sang trồng cây ăn quả, cho giá trị gấp ba lần.",
        "Phát triển vùng sản xuất hàng hóa tập trung, mô hình cánh đồng lớn với diện tích {x} ha.",
        "Các hợp tác xã nông nghiệp được củng cố; {k} mô hình sản xuất theo hướng hữu cơ, an toàn mang lại thu nhập ổn định.",
    ],
    "R_hiendat": [
        "Nhân dân tự nguyện hiến {m} m2 đất, góp {m} ngày công và {tr} triệu đồng để làm đường, xây nhà văn hóa.",
        "Phong trào hiến đất mở đường được lan tỏa: {n} hộ hiến đất, tháo dỡ tường rào, cổng ngõ mà không đòi bồi thường.",
        "Huy động sức dân đạt {x} tỷ đồng gồm tiền mặt, vật liệu, ngày công và đất đai hiến tặng.",
    ],
    "R_dien": [
        "Lưới điện nông thôn được cải tạo, {p}% hộ dùng điện thường xuyên, an toàn từ các nguồn.",
        "Ngành điện đầu tư {k} trạm biến áp mới, kéo điện về các cụm dân cư xa.",
    ],
    "R_kieumau": [
        "Xây dựng {k} khu dân cư kiểu mẫu và {n} vườn mẫu đạt chuẩn.",
        "Công nhận thêm {n} vườn mẫu, {k} thôn kiểu mẫu với hàng rào xanh, đường hoa, nhà cửa khang trang.",
    ],
}
RESULTS_DISTRACT: dict[str, list[str]] = {
    "RD_tainan": [
        "Tai nạn giao thông trên các tuyến đường nông thôn giảm {k} vụ so với năm trước.",
        "Tình hình an toàn giao thông ổn định, số vụ va chạm trên đường liên thôn giảm cả ba mặt.",
        "Lực lượng công an xã xử lý {n} trường hợp vi phạm về an toàn giao thông ở các đường thôn, xóm.",
    ],
    "RD_hocsinh": [
        "Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt {p}%, có {k} em đạt giải cấp tỉnh.",
        "Chất lượng giáo dục toàn diện nâng lên, {p}% học sinh lớp 9 được xét tốt nghiệp.",
    ],
    "RD_lutbao": [
        "Chủ động phòng chống lụt bão, di dời {n} hộ ra khỏi vùng có nguy cơ sạt lở trước mùa mưa.",
        "Diễn tập phòng chống thiên tai và tìm kiếm cứu nạn ở {k} xã ven sông, bảo đảm an toàn cho dân.",
        "Ban chỉ huy phòng chống thiên tai đã kiểm tra đê điều, chuẩn bị vật tư dự phòng mùa mưa lũ.",
    ],
}

LIMITATIONS: dict[str, list[str]] = {
    "L_benvung": [
        "Một số tiêu chí đạt chưa bền vững, nhất là thu nhập, hộ nghèo và môi trường, có nguy cơ tụt chuẩn.",
        "Kết quả ở một số xã đã đạt chuẩn chưa vững chắc, sau khi công nhận có tiêu chí bị giảm điểm.",
        "Nhiều tiêu chí chỉ đạt ở mức tối thiểu, nếu không duy trì tốt thì dễ rơi xuống dưới chuẩn.",
        "Chất lượng các tiêu chí chưa đồng đều, {k} xã đạt chuẩn từ trước nay không còn đáp ứng bộ tiêu chí mới.",
    ],
    "L_thieuvon": [
        "Nguồn vốn đầu tư cho xây dựng nông thôn mới còn thiếu, chủ yếu trông vào ngân sách cấp trên.",
        "Nợ đọng xây dựng cơ bản ở các xã còn {x} tỷ đồng, nhà thầu chưa được thanh toán.",
        "Khả năng cân đối ngân sách xã yếu, thu từ đấu giá quyền sử dụng đất giảm nên không đủ đối ứng các công trình.",
        "Vốn hỗ trợ từ chương trình mục tiêu quốc gia phân bổ muộn, số tiền ít so với nhu cầu đầu tư hạ tầng.",
    ],
    "L_onhiem": [
        "Ô nhiễm môi trường ở một số thôn chưa được xử lý, nhất là chất thải chăn nuôi và rác thải sinh hoạt.",
        "Rác thải nhựa, bao bì thuốc bảo vệ thực vật còn vứt bừa bãi ven kênh, mương và trên đồng ruộng.",
        "Các trang trại lợn xả nước thải chưa qua xử lý ra môi trường, gây mùi hôi, người dân phản ánh nhiều lần.",
        "Bãi chứa rác của xã đã quá tải, việc xử lý chủ yếu là chôn lấp, đốt thủ công gây khói bụi.",
    ],
    "L_nhole": [
        "Sản xuất nông nghiệp vẫn nhỏ lẻ, manh mún, thiếu liên kết giữa người trồng và doanh nghiệp.",
        "Quy mô sản xuất của các hộ còn nhỏ, ruộng đất phân tán, khó đưa cơ giới hóa vào đồng ruộng.",
        "Chưa có nhiều doanh nghiệp đầu tư vào nông nghiệp, nông sản làm ra chủ yếu bán cho thương lái với giá thấp.",
        "Hoạt động của hợp tác xã còn yếu, chưa làm được vai trò cầu nối tiêu thụ sản phẩm cho xã viên.",
    ],
    "L_trongcho": [
        "Một bộ phận người dân còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước.",
        "Ý thức tham gia của một số hộ chưa cao, coi xây dựng nông thôn mới là việc của chính quyền.",
        "Có nơi nhân dân chưa thực sự là chủ thể, ngại đóng góp ngày công, kinh phí để làm đường, sửa kênh.",
    ],
    "L_matbang": [
        "Công tác giải phóng mặt bằng gặp vướng mắc, một số hộ chưa đồng thuận hiến đất mở rộng đường.",
        "Việc thu hồi đất, bồi thường cho các công trình hạ tầng kéo dài do người dân không nhất trí giá đền bù.",
        "Mặt bằng thi công chậm bàn giao vì còn {k} hộ chưa chịu tháo dỡ công trình trên phần đất lấn chiếm.",
    ],
    "L_laodong": [
        "Lao động trẻ đi làm ăn xa, ở nông thôn chủ yếu còn người già và trẻ em, thiếu người sản xuất.",
        "Nhiều thanh niên rời quê vào các khu công nghiệp, đồng ruộng bị bỏ hoang ở một số cánh đồng xa.",
        "Tình trạng thiếu lao động nông nghiệp ngày càng rõ, {low}% lao động trong độ tuổi đã ra tỉnh ngoài làm việc.",
    ],
    "L_xuongcap": [
        "Nhiều công trình đầu tư xong thiếu kinh phí duy tu, bảo dưỡng nên đã hư hỏng, xuống cấp.",
        "Một số tuyến đường bê tông làm từ năm trước đã nứt vỡ, bong tróc do xe tải trọng lớn chạy qua.",
        "Nhà văn hóa, kênh mương ở một số thôn sau bàn giao không có người quản lý, sử dụng nên nhanh hư hại.",
    ],
    "L_canbo": [
        "Cán bộ theo dõi nông thôn mới ở cấp xã phải kiêm nhiệm, thường xuyên thay đổi, năng lực còn hạn chế.",
        "Đội ngũ làm công tác nông thôn mới ở xã mỏng, chưa qua đào tạo bài bản về quản lý dự án.",
    ],
    "L_thientai": [
        "Thiên tai, mưa lũ gây thiệt hại nhiều công trình giao thông, thủy lợi mới xây dựng.",
        "Dịch bệnh trên đàn gia súc, gia cầm bùng phát làm nhiều hộ chăn nuôi bị thua lỗ, tái nghèo.",
        "Thời tiết diễn biến bất thường, hạn hán cuối vụ làm năng suất cây trồng giảm.",
    ],
}
LIMITATIONS_DISTRACT: dict[str, list[str]] = {
    "LD_tranhchap": [
        "Đơn thư khiếu nại về tranh chấp ranh giới đất đai giữa các hộ còn phát sinh, kéo dài nhiều năm.",
        "Một vài vụ tranh chấp quyền sử dụng đất trong dòng họ chưa được hòa giải dứt điểm ở cơ sở.",
    ],
    "LD_giavatlieu": [
        "Giá vật liệu xây dựng như cát, đá, sắt thép tăng cao làm nhà thầu thi công cầm chừng.",
        "Biến động giá vật tư khiến dự toán một số công trình phải điều chỉnh, kéo dài thời gian thực hiện.",
        "Nguồn cát xây dựng khan hiếm, giá đẩy lên gấp đôi so với thời điểm lập dự toán.",
    ],
}

SOLUTIONS: dict[str, list[str]] = {
    "S_chuthe": [
        "Tiếp tục tuyên truyền để người dân thấy rõ vai trò chủ thể, tự giác tham gia xây dựng nông thôn mới.",
        "Vận động nhân dân phát huy tinh thần tự lực, không trông chờ, cùng Nhà nước làm đường, giữ gìn cảnh quan.",
        "Đổi mới cách thông tin, tuyên truyền, phổ biến các gương hộ gia đình tiêu biểu để khơi dậy sức dân.",
        "Mặt trận và các hội đoàn thể tăng cường vận động hội viên hưởng ứng cuộc vận động toàn dân đoàn kết xây dựng nông thôn mới.",
    ],
    "S_longghep": [
        "Lồng ghép hiệu quả các nguồn vốn của chương trình mục tiêu quốc gia và các chương trình, dự án trên địa bàn.",
        "Huy động tối đa nguồn lực xã hội hóa, kết hợp vốn ngân sách với vốn doanh nghiệp, vốn tín dụng và sức dân.",
        "Ưu tiên bố trí ngân sách cho các xã đăng ký về đích, tranh thủ thêm nguồn vốn từ con em xa quê.",
    ],
    "S_nangcao": [
        "Phấn đấu năm 2027 có thêm {k} xã đạt chuẩn nông thôn mới nâng cao và {n} thôn đạt chuẩn kiểu mẫu.",
        "Xây dựng kế hoạch chi tiết để các xã đã đạt chuẩn tiến lên nông thôn mới nâng cao, kiểu mẫu.",
        "Chọn {k} xã làm điểm về nông thôn mới kiểu mẫu, tập trung chỉ đạo để rút kinh nghiệm nhân rộng.",
    ],
    "S_chuoi": [
        "Phát triển sản xuất hàng hóa theo chuỗi giá trị, khuyến khích doanh nghiệp liên kết bao tiêu sản phẩm cho nông dân.",
        "Hỗ trợ hợp tác xã xây dựng thương hiệu, nhãn hiệu tập thể cho nông sản đặc trưng của địa phương.",
        "Dồn điền đổi thửa, tích tụ ruộng đất để hình thành vùng nguyên liệu tập trung, cơ giới hóa đồng bộ.",
        "Nhân rộng các mô hình sản xuất hữu cơ, ứng dụng công nghệ cao, gắn với tiêu thụ ổn định.",
    ],
    "S_rac": [
        "Triển khai phân loại rác thải tại nguồn ở tất cả các thôn, hỗ trợ thùng chứa cho hộ gia đình.",
        "Đầu tư lò đốt rác hợp vệ sinh cho cụm xã, chấm dứt tình trạng đổ rác tự phát ven đường.",
        "Hướng dẫn các hộ chăn nuôi làm hầm biogas, đệm lót sinh học để xử lý chất thải, giảm mùi hôi.",
    ],
    "S_duytu": [
        "Giao cho cộng đồng thôn quản lý, vận hành và duy tu các công trình sau đầu tư.",
        "Bố trí kinh phí hằng năm cho việc bảo dưỡng đường giao thông, kênh mương, nhà văn hóa.",
        "Xây dựng quy chế quản lý, khai thác công trình hạ tầng nông thôn, gắn trách nhiệm của trưởng thôn.",
    ],
    "S_rasoat": [
        "Rà soát, đánh giá lại từng tiêu chí ở các xã đã đạt chuẩn để có giải pháp duy trì, không để tụt hạng.",
        "Thường xuyên kiểm tra, giám sát việc giữ vững các tiêu chí đã đạt, xử lý kịp thời những chỉ tiêu bị giảm.",
    ],
    "S_vieclam": [
        "Đào tạo nghề gắn với giải quyết việc làm tại chỗ cho lao động nông thôn, nhất là thanh niên.",
        "Thu hút doanh nghiệp mở xưởng sản xuất tại các cụm công nghiệp nhỏ để người dân có việc làm gần nhà.",
    ],
    "S_kiennghi": [
        "Đề nghị tỉnh tiếp tục hỗ trợ xi măng, cát, đá cho các xã làm đường giao thông nông thôn.",
        "Kiến nghị Ủy ban nhân dân tỉnh có cơ chế hỗ trợ đặc thù cho các xã miền núi khó đạt chuẩn.",
    ],
    "S_thidua": [
        "Đẩy mạnh phong trào thi đua chung sức xây dựng nông thôn mới, khen thưởng kịp thời tập thể, cá nhân tiêu biểu.",
        "Tổng kết, biểu dương những thôn, dòng họ, hộ gia đình đóng góp tiêu biểu trong phong trào.",
    ],
}
SOLUTIONS_DISTRACT: dict[str, list[str]] = {
    "SD_atgt": [
        "Lắp thêm biển báo, gương cầu lồi tại các khúc cua nguy hiểm trên đường liên xã.",
        "Kiểm soát xe quá tải chạy vào đường thôn để bảo vệ mặt đường và an toàn cho người đi bộ.",
    ],
    "SD_rung": [
        "Tăng cường tuần tra, phòng cháy chữa cháy rừng trong mùa khô, xử lý nghiêm các vụ phá rừng.",
        "Giao khoán bảo vệ rừng phòng hộ cho các hộ đồng bào, chi trả dịch vụ môi trường rừng đúng hạn.",
        "Chuẩn bị lực lượng, phương tiện chữa cháy rừng tại chỗ ở các xã có diện tích rừng thông lớn.",
    ],
}

SINGLETONS: dict[str, list[str]] = {
    "results": [
        "Khôi phục lễ hội đua thuyền truyền thống trên sông Lam Giang sau hai mươi năm gián đoạn.",
        "Thành lập câu lạc bộ hát ví dặm với ba mươi hội viên là các cụ cao niên.",
        "Chợ nông thôn của xã được xây lại khang trang, có khu bán hàng riêng cho thực phẩm tươi sống.",
        "Mở tuyến xe buýt nối trung tâm huyện với ba xã phía nam, giá vé ưu đãi cho học sinh.",
        "Trạm y tế xã có bác sĩ thường trực, khám miễn phí cho người cao tuổi mỗi quý một lần.",
        "Làng nghề đan cói được công nhận là làng nghề truyền thống cấp tỉnh.",
        "Nghĩa trang nhân dân được quy hoạch lại, có khu đặt tro cốt theo hướng văn minh.",
        "Hợp tác xã dâu tằm tơ xuất khẩu lô lụa đầu tiên sang thị trường Nhật Bản.",
        "Các điểm du lịch sinh thái ven hồ đón hơn mười nghìn lượt khách trong dịp hè.",
        "Tuyến đê bao chống ngập cho khu dân cư ven sông hoàn thành trước mùa mưa.",
        "Thư viện thôn được quyên góp hơn hai nghìn đầu sách cho thiếu nhi đọc miễn phí.",
        "Đội văn nghệ xã giành giải nhất hội diễn quần chúng toàn tỉnh.",
        "Mô hình nuôi cá lồng trên lòng hồ thủy điện cho thu nhập khá cho mười hai hộ.",
        "Khu tái định cư cho các hộ vùng sạt lở đã bàn giao nền nhà đúng hẹn.",
        "Sân vận động trung tâm huyện được lát cỏ nhân tạo và lắp đèn chiếu sáng.",
        "Hội Nông dân cho vay vốn ưu đãi để hội viên mua máy cấy, máy gặt đập liên hợp.",
    ],
    "limitations": [
        "Cầu treo qua suối ở thôn trong đã cũ, mùa lũ học sinh phải nghỉ học.",
        "Giá phân bón tăng trong khi giá lúa giảm, người trồng lúa gần như hòa vốn.",
        "Hồ sơ đề nghị công nhận xã đạt chuẩn phải sửa nhiều lần do thay đổi biểu mẫu.",
        "Nhiều ngôi nhà tạm của hộ nghèo chưa được hỗ trợ xóa vì thiếu đất ở hợp pháp.",
        "Tình trạng tảo hôn trong đồng bào dân tộc thiểu số vẫn còn xảy ra.",
        "Khu chăn nuôi tập trung quy hoạch xa khu dân cư nhưng chưa có đường vào.",
        "Người dân lấn chiếm hành lang an toàn lưới điện để làm quán bán hàng.",
        "Nghề truyền thống làm bánh đa nem thiếu người kế nghiệp.",
        "Các câu lạc bộ thể thao ở thôn hoạt động cầm chừng vì thiếu người hướng dẫn.",
        "Một số trường mầm non thiếu giáo viên, mỗi lớp phải ghép nhiều độ tuổi.",
        "Sạt lở bờ sông đe dọa an toàn của hơn ba mươi hộ ven sông.",
        "Chợ phiên họp trên đất nông nghiệp, chưa được cấp phép xây dựng.",
        "Hệ thống đèn chiếu sáng đường thôn hỏng nhiều nhưng chưa có tiền thay bóng.",
        "Việc cấp giấy chứng nhận quyền sử dụng đất lần đầu còn chậm ở hai xã vùng cao.",
    ],
    "solutions": [
        "Đề nghị xây cầu cứng thay cầu treo ở thôn trong trước mùa mưa năm sau.",
        "Khôi phục nghề dệt thổ cẩm gắn với du lịch cộng đồng ở các bản vùng cao.",
        "Quy hoạch lại khu chợ phiên, bố trí bãi đỗ xe cho khách từ xã khác đến.",
        "Mời các nghệ nhân truyền dạy nghề làm bánh đa cho thanh niên trong làng.",
        "Phát động hiến máu tình nguyện trong đoàn viên thanh niên mỗi quý.",
        "Xây dựng quỹ khuyến học của dòng họ để thưởng cho học sinh đỗ đại học.",
        "Đề xuất chuyển khu đất công bỏ trống thành vườn ươm cây giống cho nông dân.",
        "Nghiên cứu đưa giống lúa chịu mặn vào các cánh đồng ven biển.",
        "Lắp đèn năng lượng mặt trời cho các tuyến đường thôn chưa có điện chiếu sáng.",
        "Tổ chức giải bóng chuyền hơi cho hội người cao tuổi nhân dịp đầu xuân.",
        "Kè bờ sông đoạn qua khu dân cư để chống sạt lở lâu dài.",
        "Đề nghị bổ sung giáo viên mầm non cho các điểm trường lẻ.",
        "Thành lập tổ hòa giải ở những thôn có nhiều đồng bào dân tộc sinh sống.",
        "Hỗ trợ làm nhà vệ sinh tự hoại cho hộ nghèo chưa có nhà tiêu hợp vệ sinh.",
    ],
}

PREVALENCE: dict[str, int] = {
    **dict(zip(RESULTS, (19, 17, 16, 14, 13, 12, 10, 9, 8, 7, 6, 5, 4, 2))),
    **dict(zip(LIMITATIONS, (19, 17, 15, 14, 12, 10, 8, 6, 4, 3))),
    **dict(zip(SOLUTIONS, (20, 16, 14, 12, 10, 8, 6, 4, 3, 2))),
    "RD_tainan": 3,
    "RD_hocsinh": 2,
    "RD_lutbao": 3,
    "LD_tranhchap": 2,
    "LD_giavatlieu": 3,
    "SD_atgt": 2,
    "SD_rung": 3,
}

DISTRICTS = [
    "huyện Sơn Lâm",
    "huyện Hà Trung Thượng",
    "huyện Đức Phong",
    "huyện Vĩnh Điền",
    "thị xã An Lạc",
    "huyện Quế Sơn Hạ",
    "huyện Mỹ Xuyên Bắc",
]
COMMUNE_STEMS = [
    "Tam Hiệp",
    "Phú Lương",
    "Đông Xuyên",
    "Hòa Bình Hạ",
    "Thanh Khê Tây",
    "Lộc Điền",
    "Kỳ Sơn",
    "Ngọc Trạo",
    "Bình Minh",
    "Xuân Trường",
    "Cát Thịnh",
    "Hợp Tiến",
    "Quang Trung Hạ",
    "Tân Phong",
    "Nam Hưng",
    "Trù Mật",
    "Phong Vân",
    "Bắc Lũng",
    "Thủy Xuân",
    "Đại Thắng",
    "Vạn Phúc Thượng",
    "Sông Cầu",
    "Hà Lâm",
    "Khánh Lợi",
    "Yên Bình",
    "Tường Vân",
    "Mai Sơn Hạ",
    "Chiềng Khoa",
    "Nậm Tha",
    "Phúc Hòa",
    "Đông Cường",
    "Lương Sơn Bắc",
    "Thịnh Đức",
    "Hưng Đạo Hạ",
    "Kim Liên Thượng",
]

PROGRAMME = Programme(
    part_themes={
        "results": {**RESULTS, **RESULTS_DISTRACT},
        "limitations": {**LIMITATIONS, **LIMITATIONS_DISTRACT},
        "solutions": {**SOLUTIONS, **SOLUTIONS_DISTRACT},
    },
    prevalence=PREVALENCE,
    singletons=SINGLETONS,
    districts=DISTRICTS,
    commune_stems=COMMUNE_STEMS,
    openings=[
        "Thực hiện Kế hoạch số {k}/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh Lâm Giang về xây dựng nông thôn mới năm 2026, {unit} báo cáo kết quả như sau:",
        "Theo đề nghị của Văn phòng Điều phối nông thôn mới tỉnh tại Công văn số {tr}/VPĐP ngày 20/11/2026, {unit} báo cáo tổng kết năm 2026 như sau:",
        "Căn cứ Chương trình hành động của Huyện ủy về xây dựng nông thôn mới giai đoạn 2026 - 2030, {unit} tổng kết kết quả năm 2026.",
    ],
    headings={
        "results": ["I. KẾT QUẢ THỰC HIỆN NĂM 2026", "I. KẾT QUẢ XÂY DỰNG NÔNG THÔN MỚI", "I. KẾT QUẢ ĐẠT ĐƯỢC"],
        "limitations": ["II. TỒN TẠI, HẠN CHẾ", "II. KHÓ KHĂN, HẠN CHẾ VÀ NGUYÊN NHÂN", "II. MỘT SỐ TỒN TẠI"],
        "solutions": ["III. NHIỆM VỤ, GIẢI PHÁP NĂM 2027", "III. PHƯƠNG HƯỚNG VÀ KIẾN NGHỊ"],
    },
    subheads={
        "results": [
            "1. Về phát triển hạ tầng",
            "2. Về phát triển sản xuất, nâng cao thu nhập",
            "3. Về văn hóa, xã hội",
        ],
        "limitations": ["1. Tồn tại, hạn chế", "2. Nguyên nhân của hạn chế"],
        "solutions": ["1. Giải pháp chủ yếu", "2. Đề xuất, kiến nghị"],
    },
    leads={
        "results": ["", "", "", "Năm 2026, ", "Nhìn chung, ", "Bên cạnh đó, ", "Nổi bật là, "],
        "limitations": ["", "", "", "Tuy vậy, ", "Mặt khác, ", "Ngoài ra, "],
        "solutions": ["", "", "", "Năm 2027, ", "Thời gian tới, ", "Đồng thời, "],
    },
    title="Tổng kết công tác xây dựng nông thôn mới năm 2026, nhiệm vụ năm 2027",
    date="ngày {d} tháng 12 năm 2026",
    closing="Trên đây là báo cáo tổng kết xây dựng nông thôn mới năm 2026 của {unit}.",
    recipients="Nơi nhận: Văn phòng Điều phối nông thôn mới tỉnh; Ban Chỉ đạo huyện; Lưu: VT.",
    placeholder="(Phụ lục các tiêu chí kèm theo)",
)


def main() -> None:
    write_reports(OUT, N_REPORTS, SEED, PROGRAMME)


if __name__ == "__main__":
    main()
